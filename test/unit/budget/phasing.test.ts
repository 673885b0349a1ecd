import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { monthRange, monthShares, periodOfMonths, daysInMonth, addMonths } from '../../../shared/rules/budget/months';
import { allocate, phaseLine, sumAmounts } from '../../../shared/rules/budget/phasing';

const months = (start: string, end: string) => periodOfMonths(start, end);
const asObject = (m: Map<string, number>) => Object.fromEntries(m);

describe('months', () => {
  it('counts days, ranges and year boundaries', () => {
    expect(daysInMonth('2028-02')).toBe(29);
    expect(daysInMonth('2027-02')).toBe(28);
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthRange('2027-02', '2027-01')).toEqual([]);
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -13)).toBe('2025-12');
  });

  it('gives a partly covered month the share of its days', () => {
    expect(monthShares({ start: '2027-06-21', end: '2027-08-10' })).toEqual([
      { month: '2027-06', share: 10 / 30 },
      { month: '2027-07', share: 1 },
      { month: '2027-08', share: 10 / 31 },
    ]);
    expect(monthShares({ start: '2027-03-05', end: '2027-03-04' })).toEqual([]);
  });
});

describe('phasing a cost line', () => {
  it('puts a one-off cost in the first month', () => {
    expect(asObject(phaseLine({ costType: 'one_off', quantity: 2, unitCost: 45_000_00 }, months('2027-01', '2027-06')))).toEqual({ '2027-01': 90_000_00 });
  });

  it('charges a monthly cost every month of the period', () => {
    const phased = phaseLine({ costType: 'monthly', quantity: 1, unitCost: 8_000_00 }, months('2026-11', '2027-02'));
    expect(asObject(phased)).toEqual({ '2026-11': 8_000_00, '2026-12': 8_000_00, '2027-01': 8_000_00, '2027-02': 8_000_00 });
  });

  it('charges seats times the price per seat per month', () => {
    const phased = phaseLine({ costType: 'per_seat_month', quantity: 2_400, unitCost: 25_00 }, months('2027-01', '2027-12'));
    expect(phased.size).toBe(12);
    expect(phased.get('2027-07')).toBe(60_000_00);
    expect(sumAmounts(phased)).toBe(720_000_00);
  });

  it('prorates partial months by days, each month rounded to a cent', () => {
    // 21 June to 10 August: 10/30 of June, all of July, 10/31 of August.
    const phased = phaseLine({ costType: 'monthly', quantity: 1, unitCost: 1_000_00 }, { start: '2027-06-21', end: '2027-08-10' });
    expect(asObject(phased)).toEqual({ '2027-06': 333_33, '2027-07': 1_000_00, '2027-08': 322_58 });
  });

  it('invoices an annual fee in advance, once per started year', () => {
    const phased = phaseLine({ costType: 'annual', quantity: 1, unitCost: 120_000_00 }, months('2027-01', '2028-06'));
    expect(asObject(phased)).toEqual({ '2027-01': 120_000_00, '2028-01': 120_000_00 });
    const oneYear = phaseLine({ costType: 'annual', quantity: 3, unitCost: 1_000_00 }, months('2027-03', '2028-02'));
    expect(asObject(oneYear)).toEqual({ '2027-03': 3_000_00 });
  });

  it('spreads a per-unit total over the months so that it adds up exactly', () => {
    const phased = phaseLine({ costType: 'per_unit', quantity: 1_000, unitCost: 10_01 }, months('2027-01', '2027-03'));
    expect(sumAmounts(phased)).toBe(10_010_00);
    expect(asObject(phased)).toEqual({ '2027-01': 3_336_67, '2027-02': 3_336_67, '2027-03': 3_336_66 });
  });

  it('allocates any total over any weights without losing or creating a cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }), (total, shares) => {
        const weights = shares.map((share, i) => ({ month: addMonths('2027-01', i), share }));
        const parts = [...allocate(total, weights).values()];
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
      }),
    );
  });

  it('phases nothing over an empty period', () => {
    expect(phaseLine({ costType: 'monthly', quantity: 1, unitCost: 100 }, { start: '2027-02-01', end: '2027-01-31' }).size).toBe(0);
  });
});
