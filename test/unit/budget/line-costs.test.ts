import { describe, expect, it } from 'vitest';
import { lineCosts } from '../../../shared/rules/budget/line-costs';
import { line, NO_LINKS } from './budget-lines';

const RATES = new Map([['USD', '0.92']]);

describe('a line in the project currency', () => {
  it('forecasts actual to date plus the plan still to come', () => {
    // 12 months of 1,000 from January; in April 4,500 is spent: 4,500 + 8 x 1,000 after April.
    const costs = lineCosts(line({ actual: 4_500_00 }), 'EUR', RATES, NO_LINKS, '2027-04');
    expect(costs.planned).toBe(12_000_00);
    expect(costs.forecast).toBe(12_500_00);
  });

  it('never forecasts less than what is committed', () => {
    const costs = lineCosts(line({ committed: 15_000_00, actual: 1_000_00 }), 'EUR', RATES, NO_LINKS, '2027-01');
    expect(costs.forecast).toBe(15_000_00);
  });

  it('forecasts the plan for a line that has not started and the spend for a finished one', () => {
    expect(lineCosts(line(), 'EUR', RATES, NO_LINKS, '2026-11').forecast).toBe(12_000_00);
    expect(lineCosts(line({ actual: 11_200_00 }), 'EUR', RATES, NO_LINKS, '2028-03').forecast).toBe(11_200_00);
  });

  it('counts a commitment in the start month, or today when the line starts later', () => {
    expect(Object.fromEntries(lineCosts(line({ committed: 5_00 }), 'EUR', RATES, NO_LINKS, '2027-06').committedByMonth)).toEqual({ '2027-01': 5_00 });
    expect(Object.fromEntries(lineCosts(line({ committed: 5_00 }), 'EUR', RATES, NO_LINKS, '2026-11').committedByMonth)).toEqual({ '2026-11': 5_00 });
  });

  it('spreads the spend to date over the elapsed months in proportion to the plan', () => {
    const costs = lineCosts(line({ actual: 3_300_00 }), 'EUR', RATES, NO_LINKS, '2027-03');
    expect(Object.fromEntries(costs.actualByMonth)).toEqual({ '2027-01': 1_100_00, '2027-02': 1_100_00, '2027-03': 1_100_00 });
  });
});

describe('a line in another currency', () => {
  it('converts every month and the entered amounts with the project rate', () => {
    const costs = lineCosts(line({ currency: 'USD', unitCost: 10_000_00, committed: 50_000_00 }), 'EUR', RATES, NO_LINKS, '2027-01');
    expect(costs.plannedByMonth.get('2027-05')).toBe(9_200_00);
    expect(costs.planned).toBe(110_400_00);
    expect(costs.committed).toBe(46_000_00);
    expect(costs.converted).toBe(true);
  });

  it('is left out of every total when its currency has no rate', () => {
    const costs = lineCosts(line({ currency: 'GBP', actual: 100 }), 'EUR', RATES, NO_LINKS, '2027-01');
    expect(costs).toMatchObject({ converted: false, planned: 0, actual: 0, forecast: 0 });
  });
});

describe('a line that follows a task or a wave', () => {
  const taskId = 'task-1';
  const waveId = 'wave-1';
  const linked = { tasks: new Map([[taskId, { start: '2027-03-15', end: '2027-04-30' }]]), waves: new Map([[waveId, { start: '2027-05-01', end: '2027-06-30' }]]) };

  it('takes its days from the task, partial months by days', () => {
    const costs = lineCosts(line({ scheduleFrom: 'task', taskId, unitCost: 3_100_00 }), 'EUR', RATES, linked, '2027-01');
    expect(costs.periodFrom).toBe('task');
    expect(Object.fromEntries(costs.plannedByMonth)).toEqual({ '2027-03': 1_700_00, '2027-04': 3_100_00 });
  });

  it('takes its months from the wave', () => {
    const costs = lineCosts(line({ scheduleFrom: 'wave', waveId, costType: 'one_off' }), 'EUR', RATES, linked, '2027-01');
    expect(Object.fromEntries(costs.plannedByMonth)).toEqual({ '2027-05': 1_000_00 });
  });

  it("falls back to its own months, and says so, when the link has no dates", () => {
    const costs = lineCosts(line({ scheduleFrom: 'task', taskId: 'unknown' }), 'EUR', RATES, linked, '2027-01');
    expect(costs.periodFrom).toBe('line');
    expect(costs.periodNote).toMatch(/no dates yet/);
    expect(costs.planned).toBe(12_000_00);
  });
});
