/**
 * Calendar months as `YYYY-MM` strings and the share of a month a period of days covers. Plain UTC arithmetic:
 * plan dates carry no time zone, so no local clock may shift a day into the next month.
 */

export type YearMonth = string;

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Both directions memoised: a budget of 2,000 lines over five years converts the same few dozen months hundreds
 * of thousands of times. Bounded, so no input can grow them without limit.
 */
const indexOfMonth = new Map<YearMonth, number>();
const monthOfIndex = new Map<number, YearMonth>();
const MEMO_LIMIT = 10_000;

/** Months since year 0, so that months compare and subtract as integers. */
export function monthIndex(month: YearMonth): number {
  const known = indexOfMonth.get(month);
  if (known !== undefined) return known;
  const match = MONTH.exec(month);
  if (!match) throw new Error(`Not a month: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1;
  if (indexOfMonth.size >= MEMO_LIMIT) indexOfMonth.clear();
  indexOfMonth.set(month, index);
  return index;
}

export function monthFromIndex(index: number): YearMonth {
  const known = monthOfIndex.get(index);
  if (known !== undefined) return known;
  const year = Math.floor(index / 12);
  const month = `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
  if (monthOfIndex.size >= MEMO_LIMIT) monthOfIndex.clear();
  monthOfIndex.set(index, month);
  return month;
}

export function addMonths(month: YearMonth, count: number): YearMonth {
  return monthFromIndex(monthIndex(month) + count);
}

/** Every month from `start` to `end`, both included; empty when `end` is before `start`. */
export function monthRange(start: YearMonth, end: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let i = monthIndex(start); i <= monthIndex(end); i++) months.push(monthFromIndex(i));
  return months;
}

export function monthOfDate(date: string): YearMonth {
  return date.slice(0, 7);
}

export function daysInMonth(month: YearMonth): number {
  const index = monthIndex(month);
  const year = Math.floor(index / 12);
  return new Date(Date.UTC(year, index - year * 12 + 1, 0)).getUTCDate();
}

export function firstDayOf(month: YearMonth): string {
  return `${month}-01`;
}

export function lastDayOf(month: YearMonth): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

function dayNumber(date: string): number {
  const match = DAY.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** A span of calendar days, both ends included (`YYYY-MM-DD`). */
export interface DayPeriod {
  start: string;
  end: string;
}

/** The whole of the months from `start` to `end`. */
export function periodOfMonths(start: YearMonth, end: YearMonth): DayPeriod {
  return { start: firstDayOf(start), end: lastDayOf(end) };
}

/**
 * The share of each month the period covers, by calendar days: a month covered from its first to its last day
 * counts 1; 10 of the 30 days of June count 1/3. Months outside the period are left out.
 */
export function monthShares(period: DayPeriod): { month: YearMonth; share: number }[] {
  const from = dayNumber(period.start);
  const to = dayNumber(period.end);
  if (to < from) return [];
  const shares: { month: YearMonth; share: number }[] = [];
  // Day numbers of each month's first day and of the next month's, by arithmetic: a budget of 2,000 lines asks
  // for tens of thousands of month shares per computation.
  for (let index = monthIndex(monthOfDate(period.start)), end = monthIndex(monthOfDate(period.end)); index <= end; index++) {
    const year = Math.floor(index / 12);
    const firstOfMonth = Date.UTC(year, index - year * 12, 1) / 86_400_000;
    const firstOfNext = Date.UTC(year, index - year * 12 + 1, 1) / 86_400_000;
    const days = firstOfNext - firstOfMonth;
    const covered = Math.min(to, firstOfNext - 1) - Math.max(from, firstOfMonth) + 1;
    shares.push({ month: monthFromIndex(index), share: covered >= days ? 1 : covered / days });
  }
  return shares;
}

/** The month of a date given as an ISO timestamp or a plan date. */
export function currentMonth(today: string): YearMonth {
  return today.slice(0, 7);
}
