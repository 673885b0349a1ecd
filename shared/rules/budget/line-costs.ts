import type { CostLine } from '../../schemas/budget';
import { convertMinor } from './currency';
import { monthIndex, monthOfDate, monthShares, periodOfMonths, type DayPeriod, type YearMonth } from './months';
import { allocate, phaseLine, sumAmounts, type MonthAmounts } from './phasing';

/** Dates of the tasks and waves a line may follow, by id; absent when the feature or its dates do not exist. */
export interface LinkedPeriods {
  tasks: ReadonlyMap<string, DayPeriod>;
  waves: ReadonlyMap<string, DayPeriod>;
}

export interface LineCosts {
  lineId: string;
  /** The days the line is phased over and where they came from. */
  period: DayPeriod;
  periodFrom: 'line' | 'task' | 'wave';
  /** Why the line's own months were used although it follows a task or wave; null otherwise. */
  periodNote: string | null;
  /** False when the line's currency has no exchange rate: its amounts are left out of every total. */
  converted: boolean;
  /** Project currency, minor units. */
  planned: number;
  committed: number;
  actual: number;
  forecast: number;
  plannedByMonth: MonthAmounts;
  committedByMonth: MonthAmounts;
  actualByMonth: MonthAmounts;
}

function resolvePeriod(line: CostLine, linked: LinkedPeriods): Pick<LineCosts, 'period' | 'periodFrom' | 'periodNote'> {
  const own = periodOfMonths(line.startMonth, line.endMonth);
  if (line.scheduleFrom === 'task') {
    const period = line.taskId ? linked.tasks.get(line.taskId) : undefined;
    if (period) return { period, periodFrom: 'task', periodNote: null };
    return { period: own, periodFrom: 'line', periodNote: "The linked task has no dates yet: the line's own months are used" };
  }
  if (line.scheduleFrom === 'wave') {
    const period = line.waveId ? linked.waves.get(line.waveId) : undefined;
    if (period) return { period, periodFrom: 'wave', periodNote: null };
    return { period: own, periodFrom: 'line', periodNote: "The linked wave has no dates yet: the line's own months are used" };
  }
  return { period: own, periodFrom: 'line', periodNote: null };
}

/**
 * One line's plan, commitments and spend in the project currency, month by month.
 * - Planned: the phasing (see phaseLine), each month converted and rounded on its own, so the months add up to the
 *   line's total and every table adds up.
 * - Committed: counted in the month the line starts, or the current month if it starts later (a commitment made
 *   today for next year's licences is committed today).
 * - Actual: the spend to date is one figure per line; it is spread over the line's months up to the current month
 *   in proportion to the plan of those months (all in the first month when nothing was planned by now).
 * - Forecast at completion: max(committed, actual + planned for the months after the current month): what is
 *   spent plus what is still to come, and never less than what is already signed.
 */
export function lineCosts(line: CostLine, projectCurrency: string, rates: ReadonlyMap<string, string>, linked: LinkedPeriods, asOf: YearMonth): LineCosts {
  const resolved = resolvePeriod(line, linked);
  const rate = rates.get(line.currency);
  const converted = line.currency === projectCurrency || rate !== undefined;
  const convert = (amount: number) => (converted ? convertMinor(amount, line.currency, projectCurrency, rate) : 0);

  const plannedByMonth: MonthAmounts = new Map();
  for (const [month, amount] of phaseLine(line, resolved.period)) plannedByMonth.set(month, convert(amount));
  const planned = sumAmounts(plannedByMonth);
  const committed = convert(line.committed);
  const actual = convert(line.actual);
  const asOfIndex = monthIndex(asOf);
  const startMonth = monthOfDate(resolved.period.start);

  const committedByMonth: MonthAmounts = new Map();
  if (committed > 0) committedByMonth.set(monthIndex(startMonth) <= asOfIndex ? startMonth : asOf, committed);

  const elapsed = monthShares(resolved.period).filter((s) => monthIndex(s.month) <= asOfIndex);
  const weights = elapsed.map((s) => ({ month: s.month, share: plannedByMonth.get(s.month) ?? 0 }));
  let actualByMonth: MonthAmounts = new Map();
  if (actual > 0) {
    actualByMonth = allocate(actual, weights);
    if (sumAmounts(actualByMonth) !== actual) actualByMonth = new Map([[monthIndex(startMonth) <= asOfIndex ? startMonth : asOf, actual]]);
  }

  let plannedAfter = 0;
  for (const [month, amount] of plannedByMonth) if (monthIndex(month) > asOfIndex) plannedAfter += amount;
  const forecast = Math.max(committed, actual + plannedAfter);

  return { lineId: line.id, ...resolved, converted, planned, committed, actual, forecast, plannedByMonth, committedByMonth, actualByMonth };
}
