import { minorDigits, toMajor } from '../../../shared/rules/budget/currency';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency} ${compact}`;
  let format = formatters.get(key);
  if (!format) {
    const digits = minorDigits(currency);
    format = compact
      ? new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })
      : new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, format);
  }
  return format;
}

/** Minor units as money in the person's locale: "€1,850,000.00" or "1.850.000,00 €". */
export function formatMoney(minor: number, currency: string): string {
  return formatter(currency, false).format(toMajor(minor, currency));
}

/** Short form for chart axes and headline tiles: "€1.9M". */
export function formatMoneyCompact(minor: number, currency: string): string {
  return formatter(currency, true).format(toMajor(minor, currency));
}

let monthFormat: Intl.DateTimeFormat | null = null;

/** "2027-03" as "Mar 2027". */
export function formatMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  if (!year || !mon) return month;
  monthFormat ??= new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return monthFormat.format(new Date(Date.UTC(year, mon - 1, 1)));
}
