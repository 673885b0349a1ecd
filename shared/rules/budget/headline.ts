import type { BudgetSettings } from '../../schemas/budget';
import type { Totals } from './rollups';

export type BudgetStatus = 'no_budget' | 'on_track' | 'warning' | 'critical';

export const BUDGET_STATUS_LABELS: Record<BudgetStatus, string> = {
  no_budget: 'No approved budget',
  on_track: 'On track',
  warning: 'Warning',
  critical: 'Critical',
};

/** The contingency reserve: a percentage of the planned cost (rounded to a whole minor unit) or a fixed amount. */
export function contingencyAmount(settings: Pick<BudgetSettings, 'contingencyMode' | 'contingencyValue'>, planned: number): number {
  return settings.contingencyMode === 'percent' ? Math.round((planned * settings.contingencyValue) / 100) : settings.contingencyValue;
}

/**
 * The status from the forecast at completion against the approved budget: above the critical percentage is
 * critical, above the warning percentage a warning (strictly above: exactly 90% of the budget is still on track).
 */
export function budgetStatus(forecast: number, approved: number | null, warningPercent: number, criticalPercent: number): BudgetStatus {
  if (approved === null) return 'no_budget';
  // Integers on both sides: forecast / approved > p / 100 without a division (an approved budget of 0 too).
  if (forecast * 100 > approved * criticalPercent) return 'critical';
  if (forecast * 100 > approved * warningPercent) return 'warning';
  return 'on_track';
}

/** Cost per person, in minor units; null when the number of people is not known. */
export function costPerUser(total: number, users: number | null): number | null {
  if (users === null || users <= 0) return null;
  return Math.round(total / users);
}

export interface BudgetHeadline extends Totals {
  approved: number | null;
  contingency: number;
  /** Planned cost plus the contingency reserve. */
  plannedWithContingency: number;
  /** Approved minus forecast: positive is under budget, negative over. Null without an approved budget. */
  variance: number | null;
  /** Forecast as a percentage of the approved budget, one decimal; null without an approved budget (or one of 0). */
  forecastPercent: number | null;
  status: BudgetStatus;
  /** Why the status is what it is, in one sentence. */
  statusReason: string;
  /** The people the cost per user divides by, and where that number came from. */
  users: number | null;
  usersFrom: 'waves' | 'settings' | null;
  forecastPerUser: number | null;
}

export function budgetHeadline(totals: Totals, settings: BudgetSettings, users: { count: number | null; from: 'waves' | 'settings' | null }): BudgetHeadline {
  const approved = settings.approvedBudget;
  const contingency = contingencyAmount(settings, totals.planned);
  const status = budgetStatus(totals.forecast, approved, settings.warningPercent, settings.criticalPercent);
  const forecastPercent = approved ? Math.round((totals.forecast * 1000) / approved) / 10 : null;
  const reasons: Record<BudgetStatus, string> = {
    no_budget: 'Enter the approved budget in the budget settings to track the forecast against it.',
    on_track: `The forecast is within ${settings.warningPercent}% of the approved budget.`,
    warning: `The forecast is above ${settings.warningPercent}% of the approved budget.`,
    critical: `The forecast is above ${settings.criticalPercent}% of the approved budget.`,
  };
  return {
    ...totals,
    approved,
    contingency,
    plannedWithContingency: totals.planned + contingency,
    variance: approved === null ? null : approved - totals.forecast,
    forecastPercent,
    status,
    statusReason: reasons[status],
    users: users.count,
    usersFrom: users.from,
    forecastPerUser: costPerUser(totals.forecast, users.count),
  };
}
