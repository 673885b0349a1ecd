import { describe, expect, it } from 'vitest';
import { convertMinor, divideRounded, formatMinorPlain, isValidRate, minorDigits, parseMoney, parseQuantity } from '../../../shared/rules/budget/currency';

describe('currency conversion', () => {
  it('knows currencies without minor units', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KRW')).toBe(0);
    expect(minorDigits('EUR')).toBe(2);
  });

  it('converts with the stated rate into project minor units', () => {
    expect(convertMinor(1_234_56, 'USD', 'EUR', '0.92')).toBe(1_135_80);
    expect(convertMinor(10_000, 'JPY', 'EUR', '0.0061')).toBe(61_00);
    expect(convertMinor(61_00, 'EUR', 'JPY', '163.9344')).toBe(10_000);
    expect(convertMinor(5_00, 'EUR', 'EUR', undefined)).toBe(5_00);
  });

  it('rounds half away from zero, exactly, also for amounts beyond floating point precision', () => {
    expect(convertMinor(1, 'USD', 'EUR', '0.5')).toBe(1); // 0.5 cent -> 1 cent
    expect(convertMinor(3, 'USD', 'EUR', '0.5')).toBe(2); // 1.5 cents -> 2 cents
    expect(convertMinor(1, 'USD', 'EUR', '0.49')).toBe(0);
    expect(divideRounded(-3n, 2n)).toBe(-2n);
    expect(convertMinor(900_000_000_000_00, 'USD', 'EUR', '0.923457')).toBe(831_111_300_000_00);
  });

  it('refuses to convert without a rate', () => {
    expect(() => convertMinor(100, 'USD', 'EUR', undefined)).toThrow(/No exchange rate/);
  });

  it('accepts positive rates with at most six decimals', () => {
    expect(['0.92', '1', '162.5', '0.000001'].every(isValidRate)).toBe(true);
    expect(['0', '0.0', '-1', '1.1234567', '1,2', '', '01.5'].some(isValidRate)).toBe(false);
  });
});

describe('reading amounts people type or paste', () => {
  it.each([
    ['12500', 'EUR', 12_500_00],
    ['12,500.50', 'EUR', 12_500_50],
    ['12.500,50', 'EUR', 12_500_50],
    ['€ 1 200', 'EUR', 1_200_00],
    ["1'200.5", 'CHF', 1_200_50],
    ['1.200.000', 'EUR', 1_200_000_00],
    ['0.920', 'EUR', 92],
    ['12,5', 'EUR', 12_50],
    ['USD 99.99', 'USD', 99_99],
    ['150000', 'JPY', 150_000],
  ])('%s %s -> %d minor units', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toEqual({ ok: true, minor });
  });

  it('refuses negatives, words, and more decimals than the currency has', () => {
    expect(parseMoney('-5', 'EUR')).toEqual({ ok: false, message: 'Amounts cannot be negative' });
    expect(parseMoney('lots', 'EUR').ok).toBe(false);
    expect(parseMoney('1.234', 'EUR').ok).toBe(true); // thousands, by the rule
    expect(parseMoney('1.2345', 'EUR')).toEqual({ ok: false, message: 'At most 2 decimals' });
    expect(parseMoney('100.5', 'JPY')).toEqual({ ok: false, message: 'JPY amounts have no decimals' });
  });

  it('reads quantities and writes amounts back for editing', () => {
    expect(parseQuantity('2,400')).toEqual({ ok: true, value: 2400 });
    expect(parseQuantity('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseQuantity('-3')).toEqual({ ok: false, message: 'Quantity cannot be negative' });
    expect(formatMinorPlain(12_500_05, 'EUR')).toBe('12500.05');
    expect(formatMinorPlain(1_500, 'JPY')).toBe('1500');
  });
});
