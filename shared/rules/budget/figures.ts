import type { BudgetView } from '../../api/methods/budget';
import type { CostLine } from '../../schemas/budget';
import type { BudgetComputation } from './compute';

export type BudgetFigures = Pick<BudgetView, 'lines' | 'headline' | 'byCategory' | 'byStep' | 'byWave' | 'months' | 'missingRates'>;

/**
 * The figures the budget view shows, from the lines and their computation: one mapping for the backend's answer
 * and for the renderer's own outcome of an edit while it is saved (renderer/features/budget/preview-budget.ts).
 */
export function budgetFigures(lines: readonly CostLine[], computed: BudgetComputation, waveLabel: (waveId: string | null) => string): BudgetFigures {
  return {
    lines: lines.map((line) => {
      const c = computed.costs.get(line.id);
      if (!c) throw new Error(`No costs for line ${line.id}`);
      const { planned, committed, actual, forecast, period, periodFrom, periodNote, converted } = c;
      return { ...line, costs: { planned, committed, actual, forecast }, period, periodFrom, periodNote, converted };
    }),
    headline: computed.headline,
    byCategory: computed.byCategory,
    byStep: computed.byStep,
    byWave: computed.byWave.map((g) => ({ ...g, label: waveLabel(g.key) })),
    months: computed.months,
    missingRates: computed.missingRates,
  };
}
