import type { CostType } from '../../schemas/budget';
import { addMonths, monthIndex, monthOfDate, monthShares, type DayPeriod, type YearMonth } from './months';

/** What phasing needs of a cost line, in the line's own currency. */
export interface PhasingInput {
  costType: CostType;
  quantity: number;
  /** Minor units of the line's currency. */
  unitCost: number;
}

export type MonthAmounts = Map<YearMonth, number>;

/** Non-negative amounts only (the schema refuses negatives), so Math.round is "half away from zero". */
const round = (value: number) => Math.round(value);

/**
 * Splits `total` over the months in proportion to `weights` so that the parts are whole minor units and add up to
 * `total` exactly (largest remainder; ties go to the earlier month).
 */
export function allocate(total: number, weights: readonly { month: YearMonth; share: number }[]): MonthAmounts {
  const result: MonthAmounts = new Map();
  const sum = weights.reduce((acc, w) => acc + w.share, 0);
  if (weights.length === 0 || sum <= 0) return result;
  const exact = weights.map((w) => (total * w.share) / sum);
  const floors = exact.map(Math.floor);
  let remainder = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, fraction: value - Math.floor(value) })).sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (remainder <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    remainder--;
  }
  weights.forEach((w, index) => result.set(w.month, floors[index] ?? 0));
  return result;
}

/**
 * The planned cost of a line per month over `period` (calendar days, both ends included), in minor units of the
 * line's currency. The rules:
 * - one-off: quantity x unit cost, all in the month the period starts;
 * - monthly and per seat per month: quantity (seats) x unit cost for every month, a partly covered month by the
 *   share of its days (10 of 30 days = 1/3 of the monthly cost), each month rounded to a whole minor unit;
 * - annual: quantity x unit cost, invoiced in advance in the first month and again every twelve months while the
 *   period lasts (an 18-month period pays two annual fees);
 * - per unit: quantity x unit cost in total, spread over the months by their share of days, adding up exactly.
 */
export function phaseLine(line: PhasingInput, period: DayPeriod): MonthAmounts {
  const result: MonthAmounts = new Map();
  const shares = monthShares(period);
  if (shares.length === 0) return result;
  const perPeriod = line.quantity * line.unitCost;
  switch (line.costType) {
    case 'one_off':
      result.set(monthOfDate(period.start), round(perPeriod));
      return result;
    case 'monthly':
    case 'per_seat_month':
      for (const { month, share } of shares) result.set(month, round(perPeriod * share));
      return result;
    case 'annual': {
      const first = monthOfDate(period.start);
      const last = monthIndex(monthOfDate(period.end));
      for (let due = first; monthIndex(due) <= last; due = addMonths(due, 12)) result.set(due, round(perPeriod));
      return result;
    }
    case 'per_unit':
      return allocate(round(perPeriod), shares);
  }
}

export function sumAmounts(amounts: MonthAmounts): number {
  let total = 0;
  for (const value of amounts.values()) total += value;
  return total;
}

/** Adds `amounts` into `into` month by month. */
export function addInto(into: MonthAmounts, amounts: MonthAmounts): void {
  for (const [month, value] of amounts) into.set(month, (into.get(month) ?? 0) + value);
}
