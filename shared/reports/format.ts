import { format, parseISO } from 'date-fns';
import { toMajor } from '../rules/budget/currency';

/**
 * Formats of the reports. A report is a document that travels, so it uses one fixed locale (en-GB, the app's
 * spelling) instead of the reader's machine: the same file gives the same PDF everywhere.
 */
const LOCALE = 'en-GB';

export function money(minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(toMajor(minor, currency));
  } catch {
    return `${(minor / 100).toFixed(0)} ${currency}`;
  }
}

export function moneyCompact(minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(toMajor(minor, currency));
  } catch {
    return money(minor, currency);
  }
}

export function integer(value: number): string {
  return new Intl.NumberFormat(LOCALE).format(Math.round(value));
}

export function percent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** "2027-03-15" as "15 Mar 2027"; anything else as given; null or empty as an en dash. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = parseISO(iso.slice(0, 10));
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy');
}

/** "2027-03" as "Mar 2027". */
export function month(ym: string): string {
  const date = parseISO(`${ym}-01`);
  return Number.isNaN(date.getTime()) ? ym : format(date, 'MMM yyyy');
}

/** The local calendar day of an instant as YYYY-MM-DD. */
export function isoDay(now: Date): string {
  return format(now, 'yyyy-MM-dd');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${integer(count)} ${count === 1 ? one : many}`;
}
