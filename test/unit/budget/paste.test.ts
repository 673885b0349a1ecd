import { describe, expect, it } from 'vitest';
import { parseMonth, parsePastedLines } from '../../../shared/rules/budget/paste';

const RATED = new Set(['USD']);

describe('pasting cost lines from a spreadsheet', () => {
  it('reads rows in the default column order without a header', () => {
    const text = 'Licences\tAssistant seats\tPer seat per month\t2,400\t25.00\tEUR\t2027-01\t2027-12\t\t\tDeployment\n';
    const result = parsePastedLines(text, 'EUR', RATED);
    expect(result.hasHeader).toBe(false);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      row: 1,
      errors: [],
      fields: { category: 'licences', description: 'Assistant seats', costType: 'per_seat_month', quantity: 2400, unitCost: 25_00, currency: 'EUR', startMonth: '2027-01', endMonth: '2027-12', committed: 0, actual: 0, stepKey: 'deployment', scheduleFrom: 'line' },
    });
  });

  it('follows a header row in any order, with defaults for blank cells', () => {
    const text = 'Description\tUnit cost\tType\tCategory\tStart\r\nWorkshops\t12.500,00\tone-off\tTraining\tMar 2027\r\n\r\n';
    const result = parsePastedLines(text, 'EUR', RATED);
    expect(result.hasHeader).toBe(true);
    expect(result.columns).toEqual(['description', 'unitCost', 'costType', 'category', 'startMonth']);
    expect(result.rows[0]).toMatchObject({ row: 2, fields: { description: 'Workshops', unitCost: 12_500_00, quantity: 1, currency: 'EUR', startMonth: '2027-03', endMonth: '2027-03' } });
  });

  it('reports every problem of a row with the field it belongs to, and keeps the good rows', () => {
    const text = [
      'Training\tGood row\tone-off\t1\t100\tEUR\t2027-01',
      'Snacks\tBad category\tmonthly\t-2\tabc\tEUR\t2027-13',
      'Usage\tTokens in pounds\tper unit\t1000\t0.01\tGBP\t2027-01\t2027-06',
      'Usage\tEnds early\tmonthly\t1\t100\tUSD\t2027-06\t2027-01',
    ].join('\n');
    const { rows } = parsePastedLines(text, 'EUR', RATED);
    expect(rows.map((r) => r.fields !== null)).toEqual([true, false, false, false]);
    expect(rows[1]?.errors.map((e) => e.path[0])).toEqual(['category', 'quantity', 'unitCost', 'startMonth']);
    expect(rows[1]?.errors[1]?.message).toBe('Quantity cannot be negative');
    expect(rows[2]?.errors).toEqual([{ path: ['currency'], message: 'Add an exchange rate for GBP in the budget settings first' }]);
    expect(rows[3]?.errors).toEqual([{ path: ['endMonth'], message: 'The end month cannot be before the start month' }]);
  });

  it('reads the month formats spreadsheets produce', () => {
    expect(parseMonth('2027-01-15')).toBe('2027-01');
    expect(parseMonth('3/2027')).toBe('2027-03');
    expect(parseMonth('September 2026')).toBe('2026-09');
    expect(parseMonth('2027-13')).toBeNull();
    expect(parseMonth('soon')).toBeNull();
  });
});
