import type { BudgetSettings, CostCategory, CostLine } from '../../schemas/budget';
import { COST_CATEGORIES } from '../../schemas/budget';
import { STEP_KEYS, type StepKey } from '../../steps';
import { budgetHeadline, type BudgetHeadline } from './headline';
import { lineCosts, type LineCosts, type LinkedPeriods } from './line-costs';
import type { YearMonth } from './months';
import { monthRows, rollUp, type GroupTotals, type MonthRow } from './rollups';

export interface BudgetInput {
  lines: readonly CostLine[];
  settings: BudgetSettings;
  projectCurrency: string;
  linked: LinkedPeriods;
  /** The current month: the boundary between spent and still to come. */
  asOf: YearMonth;
  /** Headcount of the waves when they exist; otherwise the planned users of the settings are used. */
  waveHeadcount: number | null;
  /** Costs computed before, kept by line object: a caller that keeps unchanged lines' objects computes only the others. */
  reuse?: LineCostsMemo;
}

export type LineCostsMemo = WeakMap<CostLine, { key: string; costs: LineCosts }>;

/** Everything a line's costs depend on besides the line itself (see lineCosts). */
function costsKey(line: CostLine, input: BudgetInput, rates: ReadonlyMap<string, string>): string {
  const link = line.scheduleFrom === 'task' && line.taskId ? input.linked.tasks.get(line.taskId) : line.scheduleFrom === 'wave' && line.waveId ? input.linked.waves.get(line.waveId) : undefined;
  return `${input.asOf}|${input.projectCurrency}|${rates.get(line.currency) ?? ''}|${link ? `${link.start}~${link.end}` : ''}`;
}

function costsOf(line: CostLine, input: BudgetInput, rates: ReadonlyMap<string, string>): LineCosts {
  if (!input.reuse) return lineCosts(line, input.projectCurrency, rates, input.linked, input.asOf);
  const key = costsKey(line, input, rates);
  const kept = input.reuse.get(line);
  if (kept?.key === key) return kept.costs;
  const costs = lineCosts(line, input.projectCurrency, rates, input.linked, input.asOf);
  input.reuse.set(line, { key, costs });
  return costs;
}

export interface BudgetComputation {
  costs: Map<string, LineCosts>;
  headline: BudgetHeadline;
  byCategory: GroupTotals<CostCategory>[];
  byStep: GroupTotals<StepKey | null>[];
  byWave: GroupTotals<string | null>[];
  months: MonthRow[];
  /** Currencies used by lines that have no exchange rate: those lines count nowhere until one is entered. */
  missingRates: string[];
}

/** Everything the budget view and the readiness rules show, from the lines and settings alone. */
export function computeBudget(input: BudgetInput): BudgetComputation {
  const rates = new Map(input.settings.exchangeRates.map((r) => [r.currency, r.rate]));
  const costs = new Map(input.lines.map((line) => [line.id, costsOf(line, input, rates)]));
  const all = [...costs.values()];
  const totals = { planned: 0, committed: 0, actual: 0, forecast: 0 };
  for (const c of all) {
    totals.planned += c.planned;
    totals.committed += c.committed;
    totals.actual += c.actual;
    totals.forecast += c.forecast;
  }
  const users =
    input.waveHeadcount !== null && input.waveHeadcount > 0
      ? { count: input.waveHeadcount, from: 'waves' as const }
      : input.settings.plannedUsers !== null
        ? { count: input.settings.plannedUsers, from: 'settings' as const }
        : { count: null, from: null };
  const missingRates = [...new Set(input.lines.filter((l) => !costs.get(l.id)?.converted).map((l) => l.currency))].sort();
  return {
    costs,
    headline: budgetHeadline(totals, input.settings, users),
    byCategory: rollUp(input.lines, costs, (l) => l.category, COST_CATEGORIES),
    byStep: rollUp<StepKey | null>(input.lines, costs, (l) => l.stepKey, [...STEP_KEYS, null]),
    byWave: rollUp(input.lines, costs, (l) => l.waveId),
    months: monthRows(all),
    missingRates,
  };
}
