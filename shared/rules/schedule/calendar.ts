/**
 * The working-day calendar of a project: which weekdays are worked and which dates are holidays.
 *
 * The scheduler works in working-day *ordinals*: ordinal 0 is the first working day on or after the
 * anchor (the project start), 1 the next working day, -1 the working day before, and so on. In that
 * space durations and lags are plain integer sums, which is what keeps a 5,000-task plan fast; dates
 * are converted at the edges only. Day numbers (days since 1970-01-01, UTC) avoid time zones entirely.
 */

const MS_PER_DAY = 86_400_000;
/** Ten years each way is far beyond any rollout; a bound keeps a mistaken calendar from looping. */
const MAX_EXTENSION_DAYS = 3_660 * 2;

export interface CalendarSettings {
  /** Worked weekdays, 0 = Sunday ... 6 = Saturday (the JavaScript numbering). */
  workingWeekdays: readonly number[];
  /** Non-working dates, YYYY-MM-DD. */
  holidays: readonly string[];
}

export const DEFAULT_WORKING_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function isoFromDayNumber(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${month}-${dayOfMonth}`;
}

/** 0 = Sunday, as Date#getUTCDay; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export class WorkCalendar {
  private readonly working: boolean[];
  private readonly holidays: Set<number>;
  /** Day numbers of ordinals 0, 1, 2, ... */
  private readonly forward: number[] = [];
  /** Day numbers of ordinals -1, -2, ... */
  private readonly backward: number[] = [];
  private readonly isoCache = new Map<number, string>();

  constructor(settings: CalendarSettings, anchor: string) {
    this.working = Array.from({ length: 7 }, (_, weekday) => settings.workingWeekdays.includes(weekday));
    if (!this.working.some(Boolean)) throw new Error('A calendar needs at least one working weekday');
    this.holidays = new Set(settings.holidays.map(dayNumber));
    let day = dayNumber(anchor);
    while (!this.isWorkingDayNumber(day)) day++;
    this.forward.push(day);
  }

  isWorkingDayNumber(day: number): boolean {
    return this.working[weekdayOf(day)] === true && !this.holidays.has(day);
  }

  isWorkingDay(iso: string): boolean {
    return this.isWorkingDayNumber(dayNumber(iso));
  }

  /** The day number of a working-day ordinal. */
  dayOf(ordinal: number): number {
    if (ordinal >= 0) {
      this.extendForward(ordinal);
      return this.forward[ordinal] as number;
    }
    this.extendBackward(-ordinal - 1);
    return this.backward[-ordinal - 1] as number;
  }

  dateOf(ordinal: number): string {
    const day = this.dayOf(ordinal);
    let iso = this.isoCache.get(day);
    if (iso === undefined) {
      iso = isoFromDayNumber(day);
      this.isoCache.set(day, iso);
    }
    return iso;
  }

  /** The ordinal of the date if it is a working day, else of the next working day after it. */
  onOrAfter(iso: string): number {
    const day = dayNumber(iso);
    const first = this.forward[0] as number;
    if (day >= first) {
      while ((this.forward[this.forward.length - 1] as number) < day) this.extendForward(this.forward.length);
      return lowerBound(this.forward, day);
    }
    // Before the anchor: walk back until a working day earlier than the date, then take the one after it.
    let index = 0;
    while (this.dayOf(-index - 1) >= day) index++;
    return index === 0 ? 0 : -index;
  }

  /** The ordinal of the date if it is a working day, else of the working day before it. */
  onOrBefore(iso: string): number {
    const after = this.onOrAfter(iso);
    return this.dayOf(after) === dayNumber(iso) ? after : after - 1;
  }

  /** Working days from `start` to `finish`, both included (0 when finish is before start). */
  workingDaysBetween(start: string, finish: string): number {
    return Math.max(0, this.onOrBefore(finish) - this.onOrAfter(start) + 1);
  }

  private extendForward(ordinal: number): void {
    while (this.forward.length <= ordinal) {
      const last = this.forward[this.forward.length - 1] as number;
      this.forward.push(this.nextWorking(last, 1));
    }
  }

  private extendBackward(index: number): void {
    while (this.backward.length <= index) {
      const last = this.backward.length > 0 ? (this.backward[this.backward.length - 1] as number) : (this.forward[0] as number);
      this.backward.push(this.nextWorking(last, -1));
    }
  }

  private nextWorking(from: number, step: 1 | -1): number {
    let day = from + step;
    while (!this.isWorkingDayNumber(day)) {
      day += step;
      if (Math.abs(day - from) > MAX_EXTENSION_DAYS) throw new Error('The calendar has no working day within ten years');
    }
    return day;
  }
}

/** First index whose value is >= target in an ascending array. */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
