import { z } from 'zod';

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date of the plan: no time, no time zone. */
export const IsoDate = z
  .string()
  .refine(isIsoDate, { message: 'Enter a real date as YYYY-MM-DD' });

export const Uuid = z.uuid({ message: 'Must be a UUID' });

/** Currencies offered in the UI; the list covers the currencies rollouts are budgeted in. */
export const CURRENCIES = [
  'EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON',
  'CNY', 'HKD', 'SGD', 'INR', 'KRW', 'BRL', 'MXN', 'ZAR', 'AED', 'SAR', 'ILS', 'TRY',
] as const;

export const CurrencyCode = z.enum(CURRENCIES, { message: 'Choose a currency from the list' });

/** Free text with a sensible ceiling, trimmed; names must not be blank. */
export const Name = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, { message: `${label} is required` })
    .max(max, { message: `${label} is at most ${max} characters` });

export const Text = (max = 20_000) => z.string().max(max, { message: `At most ${max} characters` });
