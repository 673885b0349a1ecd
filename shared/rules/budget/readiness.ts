import type { StepWarning } from '../step-status';
import type { BudgetHeadline } from './headline';

/**
 * What step 4 (plan) needs of the budget. A project without cost lines gets no warning: the budget has not been
 * started, and the plan's tasks already say so. Once lines exist, the budget must be approved, the forecast must
 * stay under the warning threshold, and every currency needs a rate.
 */
export function budgetReadiness(lineCount: number, headline: BudgetHeadline, warningPercent: number, missingRates: readonly string[]): StepWarning[] {
  const warnings: StepWarning[] = [];
  if (lineCount === 0) return warnings;
  if (headline.approved === null) {
    warnings.push({ stepKey: 'plan', message: 'The budget has cost lines but no approved budget yet.' });
  } else if (headline.status === 'warning' || headline.status === 'critical') {
    warnings.push({
      stepKey: 'plan',
      message: `The budget forecast is ${headline.forecastPercent ?? 0}% of the approved budget, above the ${warningPercent}% warning threshold.`,
    });
  }
  if (missingRates.length > 0) {
    warnings.push({ stepKey: 'plan', message: `Cost lines in ${missingRates.join(', ')} have no exchange rate and are left out of the totals.` });
  }
  return warnings;
}
