import type { CostLine } from '../../schemas/budget';
import type { LineCosts } from './line-costs';
import { monthIndex, monthRange, type YearMonth } from './months';

/** Planned, committed, actual and forecast of a group of lines, project currency, minor units. */
export interface Totals {
  planned: number;
  committed: number;
  actual: number;
  forecast: number;
}

export interface GroupTotals<K> extends Totals {
  key: K;
  lineCount: number;
}

export interface MonthRow {
  month: YearMonth;
  planned: number;
  committed: number;
  actual: number;
  cumulativePlanned: number;
  cumulativeCommitted: number;
  cumulativeActual: number;
}

export const zeroTotals = (): Totals => ({ planned: 0, committed: 0, actual: 0, forecast: 0 });

export function addTotals(into: Totals, costs: Totals): void {
  into.planned += costs.planned;
  into.committed += costs.committed;
  into.actual += costs.actual;
  into.forecast += costs.forecast;
}

export function totalOf(costs: readonly LineCosts[]): Totals {
  const totals = zeroTotals();
  for (const c of costs) addTotals(totals, c);
  return totals;
}

/**
 * Totals per value of `keyOf` (category, step, wave, vendor), in the order keys first appear in `order` and then
 * in the order of the lines; lines whose key is null are grouped under null ("not linked").
 */
export function rollUp<K>(lines: readonly CostLine[], costs: ReadonlyMap<string, LineCosts>, keyOf: (line: CostLine) => K, order: readonly K[] = []): GroupTotals<K>[] {
  const groups = new Map<K, GroupTotals<K>>();
  const groupFor = (key: K) => {
    let group = groups.get(key);
    if (!group) {
      group = { key, lineCount: 0, ...zeroTotals() };
      groups.set(key, group);
    }
    return group;
  };
  for (const key of order) groupFor(key);
  for (const line of lines) {
    const lineCost = costs.get(line.id);
    if (!lineCost) continue;
    const group = groupFor(keyOf(line));
    group.lineCount++;
    addTotals(group, lineCost);
  }
  return [...groups.values()].filter((g) => g.lineCount > 0);
}

/**
 * One row per month from the first to the last month anything is planned, committed or spent, with running
 * totals: the monthly phasing table and the data of the burn chart. Empty when there is nothing.
 */
export function monthRows(costs: readonly LineCosts[]): MonthRow[] {
  // One pass over every line's months (not every month times every line: 2,000 lines over five years).
  const sums = new Map<YearMonth, { planned: number; committed: number; actual: number }>();
  const sumFor = (month: YearMonth) => {
    let sum = sums.get(month);
    if (!sum) sums.set(month, (sum = { planned: 0, committed: 0, actual: 0 }));
    return sum;
  };
  for (const c of costs) {
    for (const [month, amount] of c.plannedByMonth) sumFor(month).planned += amount;
    for (const [month, amount] of c.committedByMonth) sumFor(month).committed += amount;
    for (const [month, amount] of c.actualByMonth) sumFor(month).actual += amount;
  }
  if (sums.size === 0) return [];
  const sorted = [...sums.keys()].sort((a, b) => monthIndex(a) - monthIndex(b));
  const rows: MonthRow[] = [];
  let cp = 0;
  let cc = 0;
  let ca = 0;
  for (const month of monthRange(sorted[0] as YearMonth, sorted[sorted.length - 1] as YearMonth)) {
    const { planned, committed, actual } = sums.get(month) ?? { planned: 0, committed: 0, actual: 0 };
    cp += planned;
    cc += committed;
    ca += actual;
    rows.push({ month, planned, committed, actual, cumulativePlanned: cp, cumulativeCommitted: cc, cumulativeActual: ca });
  }
  return rows;
}
