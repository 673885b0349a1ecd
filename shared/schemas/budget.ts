import { z } from 'zod';
import { CurrencyCode, Name, Text, Uuid } from './common';
import { StepKeySchema } from './step';
import { isValidRate } from '../rules/budget/currency';

export const COST_CATEGORIES = [
  'licences', 'usage', 'infrastructure', 'integration_security', 'vendor_services', 'internal_staff',
  'training', 'communications', 'support', 'contingency', 'other',
] as const;
export const CostCategory = z.enum(COST_CATEGORIES, { message: 'Choose a category from the list' });
export type CostCategory = z.infer<typeof CostCategory>;

export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
  licences: 'Licences and subscriptions',
  usage: 'Usage and tokens',
  infrastructure: 'Infrastructure',
  integration_security: 'Integration and security changes',
  vendor_services: 'Vendor services',
  internal_staff: 'Internal staff',
  training: 'Training',
  communications: 'Communications',
  support: 'Support and helpdesk',
  contingency: 'Contingency',
  other: 'Other',
};

export const COST_TYPES = ['one_off', 'monthly', 'annual', 'per_seat_month', 'per_unit'] as const;
export const CostType = z.enum(COST_TYPES, { message: 'Choose a cost type from the list' });
export type CostType = z.infer<typeof CostType>;

export const COST_TYPE_LABELS: Record<CostType, string> = {
  one_off: 'One-off',
  monthly: 'Monthly',
  annual: 'Annual',
  per_seat_month: 'Per seat per month',
  per_unit: 'Per unit',
};

/** Where a line's months come from: its own start and end month, or the dates of the linked task or wave. */
export const SCHEDULE_SOURCES = ['line', 'task', 'wave'] as const;
export const ScheduleSource = z.enum(SCHEDULE_SOURCES);
export type ScheduleSource = z.infer<typeof ScheduleSource>;

export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Enter a month as YYYY-MM' });

/** Whole minor units (cents); ten thousand billion is far above any rollout and keeps sums exact. */
export const MinorAmount = z
  .number({ message: 'Enter an amount' })
  .int({ message: 'Enter a whole number of cents' })
  .min(0, { message: 'Amounts cannot be negative' })
  .max(1e15, { message: 'That amount is too large' });

export const Quantity = z
  .number({ message: 'Enter a quantity' })
  .finite({ message: 'Enter a quantity' })
  .min(0, { message: 'Quantity cannot be negative' })
  .max(1e9, { message: 'Quantity is at most 1,000,000,000' });

/** Ids of linked rows of other features (wave, vendor, task): text without a foreign key, checked by the handler. */
const LinkId = z.string().min(1).max(100).nullable();

export const CostLineFieldsBase = z.object({
  category: CostCategory,
  description: Name('Description', 300),
  stepKey: StepKeySchema.nullable(),
  waveId: LinkId,
  vendorId: LinkId,
  taskId: LinkId,
  costType: CostType,
  quantity: Quantity,
  unitCost: MinorAmount,
  currency: CurrencyCode,
  startMonth: YearMonth,
  endMonth: YearMonth,
  scheduleFrom: ScheduleSource,
  committed: MinorAmount,
  actual: MinorAmount,
  notes: Text(2_000),
});

/** Rules that tie fields together; each issue names the field a person has to change. */
export function costLineRules(fields: z.infer<typeof CostLineFieldsBase>, ctx: z.RefinementCtx): void {
  // zod runs this even when a month failed its own check; compare only two real months.
  const months = YearMonth.safeParse(fields.startMonth).success && YearMonth.safeParse(fields.endMonth).success;
  if (months && fields.endMonth < fields.startMonth) {
    ctx.addIssue({ code: 'custom', path: ['endMonth'], message: 'The end month cannot be before the start month' });
  }
  if (fields.quantity * fields.unitCost > 1e15) {
    ctx.addIssue({ code: 'custom', path: ['unitCost'], message: 'Quantity times unit cost is too large' });
  }
  if (fields.scheduleFrom === 'task' && fields.taskId === null) {
    ctx.addIssue({ code: 'custom', path: ['taskId'], message: 'Choose the task whose dates the line follows' });
  }
  if (fields.scheduleFrom === 'wave' && fields.waveId === null) {
    ctx.addIssue({ code: 'custom', path: ['waveId'], message: 'Choose the wave whose dates the line follows' });
  }
}

export const CostLineFields = CostLineFieldsBase.superRefine(costLineRules);
export type CostLineFields = z.infer<typeof CostLineFields>;

/** A partial edit; the backend validates the merged line with CostLineFields. */
export const CostLinePatch = CostLineFieldsBase.partial().refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });
export type CostLinePatch = z.infer<typeof CostLinePatch>;

export const CostLine = CostLineFieldsBase.extend({ id: Uuid, sortOrder: z.number().int() });
export type CostLine = z.infer<typeof CostLine>;

export const ExchangeRate = z.object({
  currency: CurrencyCode,
  rate: z.string().trim().refine(isValidRate, { message: 'Enter a positive rate such as 0.92 (at most six decimals)' }),
});
export type ExchangeRate = z.infer<typeof ExchangeRate>;

export const CONTINGENCY_MODES = ['percent', 'amount'] as const;
export const ContingencyMode = z.enum(CONTINGENCY_MODES);
export type ContingencyMode = z.infer<typeof ContingencyMode>;

const Percent = (label: string) =>
  z.number({ message: `Enter ${label}` }).int({ message: 'Enter a whole percentage' }).min(1, { message: 'At least 1%' }).max(500, { message: 'At most 500%' });

export const BudgetSettingsBase = z.object({
  /** Null until the budget is approved. */
  approvedBudget: MinorAmount.nullable(),
  contingencyMode: ContingencyMode,
  /** A percentage of the planned cost (0-100, two decimals at most) or an amount in minor units. */
  contingencyValue: z.number({ message: 'Enter the contingency' }).finite().min(0, { message: 'Contingency cannot be negative' }).max(1e15),
  warningPercent: Percent('the warning threshold'),
  criticalPercent: Percent('the critical threshold'),
  /** People the rollout is planned for; used for the cost per user when no wave headcounts exist. */
  plannedUsers: z.number().int({ message: 'Enter a whole number of people' }).min(1, { message: 'At least one person' }).max(10_000_000).nullable(),
  exchangeRates: z.array(ExchangeRate).max(40),
});

export function budgetSettingsRules(s: z.infer<typeof BudgetSettingsBase>, ctx: z.RefinementCtx): void {
  if (s.warningPercent > s.criticalPercent) {
    ctx.addIssue({ code: 'custom', path: ['warningPercent'], message: 'The warning threshold cannot be above the critical one' });
  }
  if (s.contingencyMode === 'percent' && (s.contingencyValue > 100 || Math.round(s.contingencyValue * 100) !== s.contingencyValue * 100)) {
    ctx.addIssue({ code: 'custom', path: ['contingencyValue'], message: 'Enter a percentage from 0 to 100 with at most two decimals' });
  }
  if (s.contingencyMode === 'amount' && !Number.isInteger(s.contingencyValue)) {
    ctx.addIssue({ code: 'custom', path: ['contingencyValue'], message: 'Enter a whole number of cents' });
  }
  const seen = new Set<string>();
  s.exchangeRates.forEach((r, index) => {
    if (seen.has(r.currency)) {
      ctx.addIssue({ code: 'custom', path: ['exchangeRates', index, 'currency'], message: `${r.currency} has a rate already` });
    }
    seen.add(r.currency);
  });
}

export const BudgetSettings = BudgetSettingsBase.superRefine(budgetSettingsRules);
export type BudgetSettings = z.infer<typeof BudgetSettings>;

export const BudgetSettingsPatch = BudgetSettingsBase.partial().refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });
export type BudgetSettingsPatch = z.infer<typeof BudgetSettingsPatch>;

export const DEFAULT_BUDGET_SETTINGS: BudgetSettings = {
  approvedBudget: null,
  contingencyMode: 'percent',
  contingencyValue: 10,
  warningPercent: 90,
  criticalPercent: 100,
  plannedUsers: null,
  exchangeRates: [],
};
