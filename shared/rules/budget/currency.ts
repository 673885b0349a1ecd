/**
 * Money is integer minor units (cents, pence; yen have none). Conversion from a line's currency to the project's
 * uses the rate stated on the project: 1 unit of the line's currency = `rate` units of the project's currency.
 * Arithmetic is exact (BigInt); the one rounding, to the project's minor unit, is half away from zero.
 */

/** ISO 4217 minor digits of the currencies the app offers; every other offered currency has two. */
const MINOR_DIGITS: Readonly<Record<string, number>> = { JPY: 0, KRW: 0 };

export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2;
}

/** A positive decimal with at most six decimals, written with a dot: "0.92", "1.0845", "162.5". */
export const RATE_PATTERN = /^(?:0|[1-9]\d{0,8})(?:\.\d{1,6})?$/;

export function isValidRate(rate: string): boolean {
  return RATE_PATTERN.test(rate) && /[1-9]/.test(rate);
}

/** The rate as an exact fraction numerator / 10^scale. */
function parseRate(rate: string): { numerator: bigint; scale: bigint } {
  if (!isValidRate(rate)) throw new Error(`Not an exchange rate: ${rate}`);
  const [whole = '0', fraction = ''] = rate.split('.');
  return { numerator: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) };
}

/** Integer division rounded half away from zero. */
export function divideRounded(dividend: bigint, divisor: bigint): bigint {
  const negative = dividend < 0n !== divisor < 0n;
  const a = dividend < 0n ? -dividend : dividend;
  const b = divisor < 0n ? -divisor : divisor;
  const quotient = (a * 2n + b) / (b * 2n);
  return negative ? -quotient : quotient;
}

/**
 * `amount` minor units of `from` in minor units of `to`. Same currency: unchanged (no rate needed).
 * Example: 1,234.56 USD at 0.92 -> 1,135.80 EUR; 10,000 JPY at 0.0061 -> 61.00 EUR.
 */
export function convertMinor(amount: number, from: string, to: string, rate: string | undefined): number {
  if (from === to) return amount;
  if (rate === undefined) throw new Error(`No exchange rate from ${from} to ${to}`);
  const { numerator, scale } = parseRate(rate);
  const fromUnit = 10n ** BigInt(minorDigits(from));
  const toUnit = 10n ** BigInt(minorDigits(to));
  return Number(divideRounded(BigInt(amount) * numerator * toUnit, scale * fromUnit));
}

/** Minor units as a major-unit number for display (Intl.NumberFormat does the rest). */
export function toMajor(amount: number, currency: string): number {
  return amount / 10 ** minorDigits(currency);
}

/**
 * Reads a number typed by a person or pasted from a spreadsheet: "12500", "12,500.50", "12.500,50", "1 200",
 * "1'200.5", with a currency code or symbol around it. Rule: when both "," and "." appear, the later one is the
 * decimal separator; a lone "," or "." followed by groups of exactly three digits ("1,200", "1.200.000") separates
 * thousands; otherwise it is the decimal separator. Answers the digits before and after the decimal separator.
 */
export function parseDecimal(text: string): { ok: true; whole: string; fraction: string } | { ok: false; message: string } {
  let cleaned = text.replace(/[\s\u00a0\u202f'’]/g, '').replace(/^[A-Z]{3}|[A-Z]{3}$/gi, '').replace(/[€$£¥₩]/g, '');
  if (cleaned === '') return { ok: false, message: 'Enter a number' };
  if (cleaned.startsWith('-')) return { ok: false, message: 'Cannot be negative' };
  const lastComma = cleaned.lastIndexOf(',');
  const lastDot = cleaned.lastIndexOf('.');
  let decimal: ',' | '.' | null = null;
  if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const groups = cleaned.split(sep);
    const thousands = groups.length > 1 && groups.slice(1).every((g) => /^\d{3}$/.test(g)) && /^[1-9]\d{0,2}$/.test(groups[0] ?? '');
    decimal = thousands ? null : sep;
  }
  cleaned = cleaned.split(decimal === ',' ? '.' : ',').join('');
  if (decimal === null) cleaned = cleaned.replace(/[.,]/g, '');
  else if (decimal === ',') cleaned = cleaned.replace(',', '.');
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return { ok: false, message: 'Enter a number such as 12500 or 12,500.00' };
  const [whole = '0', fraction = ''] = cleaned.split('.');
  return { ok: true, whole, fraction };
}

/** Money in major units (see parseDecimal) as minor units; more decimals than the currency has are refused. */
export function parseMoney(text: string, currency: string): { ok: true; minor: number } | { ok: false; message: string } {
  const parsed = parseDecimal(text);
  if (!parsed.ok) return { ok: false, message: parsed.message === 'Cannot be negative' ? 'Amounts cannot be negative' : parsed.message.replace('a number', 'an amount') };
  const digits = minorDigits(currency);
  // Trailing zeros carry no value: "0.920" is 92 cents, "1,500.00" yen is 1500.
  const fraction = parsed.fraction.length > digits ? parsed.fraction.replace(/0+$/, '') : parsed.fraction;
  if (fraction.length > digits) {
    return { ok: false, message: digits === 0 ? `${currency} amounts have no decimals` : `At most ${digits} decimals` };
  }
  const minor = Number(parsed.whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'That amount is too large' };
  return { ok: true, minor };
}

/** A quantity: a number with at most four decimals. */
export function parseQuantity(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const parsed = parseDecimal(text);
  if (!parsed.ok) return { ok: false, message: parsed.message === 'Cannot be negative' ? 'Quantity cannot be negative' : 'Enter a quantity such as 2400 or 0.5' };
  if (parsed.fraction.length > 4) return { ok: false, message: 'At most four decimals' };
  return { ok: true, value: Number(`${parsed.whole}.${parsed.fraction || '0'}`) };
}

/** Minor units as the plain decimal a person edits ("12500.50", "1200" for JPY): no grouping, dot decimal. */
export function formatMinorPlain(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(amount);
  const unit = 10 ** digits;
  const whole = Math.trunc(amount / unit);
  const fraction = String(Math.abs(amount % unit)).padStart(digits, '0');
  return `${whole}.${fraction}`;
}
