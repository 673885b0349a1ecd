import { z } from 'zod';
import type { Mutation } from '../contract';
import { Empty, method } from '../method';
import { Uuid } from '../../schemas/common';
import {
  BudgetSettingsPatch, CostLineFields, CostLinePatch,
  type BudgetSettings, type CostCategory, type CostLine,
} from '../../schemas/budget';
import type { StepKey } from '../../steps';
import type { BudgetHeadline } from '../../rules/budget/headline';
import type { DayPeriod, YearMonth } from '../../rules/budget/months';
import type { PasteResult } from '../../rules/budget/paste';
import type { GroupTotals, MonthRow, Totals } from '../../rules/budget/rollups';

/** A line with what it costs in the project currency (minor units) and the days it is phased over. */
export interface CostLineView extends CostLine {
  costs: Totals;
  period: DayPeriod;
  periodFrom: 'line' | 'task' | 'wave';
  periodNote: string | null;
  /** False when the line's currency has no exchange rate: its amounts count nowhere. */
  converted: boolean;
}

export interface LinkOption {
  id: string;
  label: string;
}

/** A vendor's three-year cost of ownership as the vendor evaluation computes it (project currency, minor units). */
export interface VendorCostOfOwnership {
  vendorId: string;
  name: string;
  /** The people the evaluation prices for. */
  headcount: number;
  total: number;
  perUserPerMonth: number;
}

export interface BudgetView {
  currency: string;
  /** The current month: spent to date is up to and including it. */
  asOf: YearMonth;
  settings: BudgetSettings;
  lines: CostLineView[];
  headline: BudgetHeadline;
  byCategory: GroupTotals<CostCategory>[];
  byStep: GroupTotals<StepKey | null>[];
  byWave: (GroupTotals<string | null> & { label: string })[];
  months: MonthRow[];
  missingRates: string[];
  /** What a line can link to; null when that feature's table is not in this file. */
  options: { tasks: LinkOption[]; waves: LinkOption[] | null; vendors: LinkOption[] | null };
  /** Null when the vendor evaluation does not provide it. */
  costOfOwnership: VendorCostOfOwnership[] | null;
  /** A hand-off copy made without its cost figures: the amounts are zeros, not the plan (see shared/reports/redacted). */
  costsRedacted: boolean;
}

/** The budget in one row of figures (the Overview and the plan step), without the lines behind it. */
export type BudgetHeadlineView = Pick<BudgetView, 'currency' | 'settings' | 'headline' | 'costsRedacted'> & { lineCount: number };

const PasteText = z.string().max(200_000, { message: 'Paste at most 200,000 characters at a time' });

/** Step 4b: the budget. Lines and settings are edited one undo step at a time; pasted lines are one step together. */
export const budgetMethods = {
  'budget.get': method(Empty).returns<BudgetView>(),
  'budget.headline': method(Empty).returns<BudgetHeadlineView>(),
  'budget.updateSettings': method(z.object({ patch: BudgetSettingsPatch }).strict()).returns<Mutation<BudgetSettings>>(),
  'budget.addLine': method(z.object({ fields: CostLineFields }).strict()).returns<Mutation<CostLine>>(),
  'budget.updateLine': method(z.object({ id: Uuid, patch: CostLinePatch }).strict()).returns<Mutation<CostLine>>(),
  'budget.deleteLine': method(z.object({ id: Uuid }).strict()).returns<Mutation<null>>(),
  /** Reads tab-separated rows without writing anything: each row with its line or its errors. */
  'budget.parsePaste': method(z.object({ text: PasteText }).strict()).returns<PasteResult>(),
  /** Adds the given lines as one edit (one undo step). */
  'budget.addLines': method(
    z.object({ lines: z.array(CostLineFields).min(1, { message: 'Nothing to add' }).max(500, { message: 'Add at most 500 lines at a time' }) }).strict(),
  ).returns<Mutation<{ added: number }>>(),
} as const;
