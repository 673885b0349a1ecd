/**
 * Unit conversions between the app's plan and MS Project XML (MSPDI). The app counts whole working days; MSPDI
 * durations are ISO 8601 durations in working hours (8 per day) and link lags are tenths of a minute.
 * See docs/exports.md.
 */
import type { DependencyType } from '../schemas/task';

export const HOURS_PER_DAY = 8;
/** Tenths of a minute in one working day: 8 h x 60 min x 10. */
export const LAG_UNITS_PER_DAY = HOURS_PER_DAY * 60 * 10;
/** Tenths of a minute in one elapsed (calendar) day, for the elapsed lag formats. */
const ELAPSED_LAG_UNITS_PER_DAY = 24 * 60 * 10;
/** MSPDI LagFormat 7: the lag is shown in days. */
export const LAG_FORMAT_DAYS = 7;
/** Elapsed lag formats (em, eh, ed, ew, emo): counted in calendar time. */
const ELAPSED_LAG_FORMATS = new Set([4, 6, 8, 10, 12]);

/** MSPDI PredecessorLink Type: 0 = finish-to-finish, 1 = finish-to-start, 2 = start-to-finish, 3 = start-to-start. */
export const MSPDI_LINK_TYPE: Record<DependencyType, number> = { FF: 0, FS: 1, SF: 2, SS: 3 };
const LINK_TYPE_FROM_MSPDI: readonly DependencyType[] = ['FF', 'FS', 'SF', 'SS'];

export function linkTypeFromMspdi(code: number): DependencyType | null {
  return Number.isInteger(code) ? (LINK_TYPE_FROM_MSPDI[code] ?? null) : null;
}

/** Working days as an MSPDI duration: 3 -> `PT24H0M0S`. */
export function daysToMspdiDuration(days: number): string {
  return `PT${Math.max(0, Math.round(days)) * HOURS_PER_DAY}H0M0S`;
}

const DURATION = /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An MSPDI duration as whole working days, rounded up (a 4-hour task takes a day): `PT24H0M0S` -> 3,
 * `PT12H30M0S` -> 2. Days, weeks, months and years count as working days (5 per week, 20 per month, 260 per year),
 * as MS Project's defaults. Null when the text is not a duration or is negative.
 */
export function mspdiDurationToDays(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match || text.trim() === 'P' || text.trim().endsWith('T')) return null;
  if (match[1]) return null;
  const n = (i: number) => (match[i] === undefined ? 0 : Number(match[i]));
  const hours = (n(2) * 260 + n(3) * 20 + n(4) * 5 + n(5)) * HOURS_PER_DAY + n(6) + n(7) / 60 + n(8) / 3600;
  // A hair of tolerance so 23.9999 h from floating point does not become an extra day.
  return Math.max(0, Math.ceil(hours / HOURS_PER_DAY - 1e-9));
}

/** Lag in working days as MSPDI LinkLag (tenths of a minute): 2 -> 9600, -1 -> -4800. */
export function lagDaysToLinkLag(days: number): number {
  return Math.round(days) * LAG_UNITS_PER_DAY;
}

/** MSPDI LinkLag back to whole working days (rounded to the nearest day); elapsed formats count 24-hour days. */
export function linkLagToDays(linkLag: number, lagFormat: number = LAG_FORMAT_DAYS): number {
  const perDay = ELAPSED_LAG_FORMATS.has(lagFormat) ? ELAPSED_LAG_UNITS_PER_DAY : LAG_UNITS_PER_DAY;
  const days = Math.round(linkLag / perDay);
  return Object.is(days, -0) ? 0 : days;
}
