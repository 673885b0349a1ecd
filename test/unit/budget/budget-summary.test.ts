import { describe, expect, it } from 'vitest';
import { computeBudget, type LineCostsMemo } from '../../../shared/rules/budget/compute';
import { budgetStatus, contingencyAmount, costPerUser } from '../../../shared/rules/budget/headline';
import { budgetReadiness } from '../../../shared/rules/budget/readiness';
import { line, NO_LINKS, settings } from './budget-lines';

const LINES = [
  line({ category: 'licences', stepKey: 'deployment', costType: 'per_seat_month', quantity: 100, unitCost: 20_00, startMonth: '2027-01', endMonth: '2027-06', actual: 2_000_00, committed: 12_000_00 }),
  line({ category: 'training', stepKey: 'training', costType: 'one_off', unitCost: 30_000_00, startMonth: '2026-12', endMonth: '2026-12', actual: 31_000_00 }),
  line({ category: 'licences', stepKey: null, costType: 'annual', currency: 'USD', unitCost: 10_000_00, startMonth: '2027-01', endMonth: '2027-12' }),
];

function compute(overrides = {}) {
  return computeBudget({ lines: LINES, settings: settings({ approvedBudget: 60_000_00, exchangeRates: [{ currency: 'USD', rate: '0.9' }], ...overrides }), projectCurrency: 'EUR', linked: NO_LINKS, asOf: '2027-01', waveHeadcount: null });
}

describe('roll-ups', () => {
  it('totals by category, step and month add up to the headline', () => {
    const budget = compute();
    expect(budget.headline.planned).toBe(12_000_00 + 30_000_00 + 9_000_00);
    expect(budget.byCategory.map((g) => [g.key, g.planned, g.lineCount])).toEqual([['licences', 21_000_00, 2], ['training', 30_000_00, 1]]);
    expect(budget.byStep.map((g) => [g.key, g.planned])).toEqual([['training', 30_000_00], ['deployment', 12_000_00], [null, 9_000_00]]);
    const months = budget.months;
    expect(months.map((m) => m.month)).toEqual(['2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(months.at(-1)?.cumulativePlanned).toBe(budget.headline.planned);
    expect(months.reduce((a, m) => a + m.planned, 0)).toBe(budget.headline.planned);
    expect(months.at(-1)?.cumulativeActual).toBe(33_000_00);
    expect(months.at(-1)?.cumulativeCommitted).toBe(12_000_00);
  });

  it('forecasts at completion line by line and compares with the approved budget', () => {
    const { headline } = compute();
    // per seat: max(12,000 committed, 2,000 + 5 x 2,000) = 12,000; training: 31,000 spent; annual USD: 9,000 in January (not after): 0 + 0.
    expect(headline.forecast).toBe(12_000_00 + 31_000_00 + 0);
    expect(headline.variance).toBe(60_000_00 - 43_000_00);
    expect(headline.forecastPercent).toBe(71.7);
    expect(headline.status).toBe('on_track');
    expect(headline.contingency).toBe(5_100_00);
    expect(headline.plannedWithContingency).toBe(56_100_00);
  });

  it('lists currencies without a rate and leaves their lines out', () => {
    const budget = compute({ exchangeRates: [] });
    expect(budget.missingRates).toEqual(['USD']);
    expect(budget.headline.planned).toBe(42_000_00);
  });

  it('divides by the wave headcount first, then by the planned users', () => {
    expect(compute({ plannedUsers: 100 }).headline).toMatchObject({ users: 100, usersFrom: 'settings', forecastPerUser: 430_00 });
    const withWaves = computeBudget({ lines: LINES, settings: settings({ plannedUsers: 100 }), projectCurrency: 'EUR', linked: NO_LINKS, asOf: '2027-01', waveHeadcount: 1_000 });
    expect(withWaves.headline.usersFrom).toBe('waves');
    expect(compute().headline.forecastPerUser).toBeNull();
  });
});

describe('costs kept from an earlier computation', () => {
  it('reuses a line\'s costs while it and everything it depends on are the same, and gives the same budget', () => {
    const followsTask = line({ scheduleFrom: 'task', taskId: 'task-1', costType: 'monthly', unitCost: 1_000_00 });
    const lines = [...LINES, followsTask];
    const rates = settings({ exchangeRates: [{ currency: 'USD', rate: '0.9' }] });
    const linked = (end: string) => ({ tasks: new Map([['task-1', { start: '2027-01-04', end }]]), waves: new Map() });
    const input = { lines, settings: rates, projectCurrency: 'EUR', asOf: '2027-01' as const, waveHeadcount: null };
    const reuse: LineCostsMemo = new WeakMap();
    const first = computeBudget({ ...input, linked: linked('2027-03-31'), reuse });
    expect(first).toEqual(computeBudget({ ...input, linked: linked('2027-03-31') }));

    const again = computeBudget({ ...input, linked: linked('2027-03-31'), reuse });
    for (const l of lines) expect(again.costs.get(l.id)).toBe(first.costs.get(l.id));

    // The task the line follows gets longer, the month moves on, a rate changes: computed again, as without reuse.
    const longer = computeBudget({ ...input, linked: linked('2027-06-30'), reuse });
    expect(longer.costs.get(followsTask.id)).not.toBe(first.costs.get(followsTask.id));
    expect(longer.costs.get(LINES[0]?.id ?? '')).toBe(first.costs.get(LINES[0]?.id ?? ''));
    expect(longer).toEqual(computeBudget({ ...input, linked: linked('2027-06-30') }));
    expect(computeBudget({ ...input, asOf: '2027-02', linked: linked('2027-06-30'), reuse })).toEqual(computeBudget({ ...input, asOf: '2027-02', linked: linked('2027-06-30') }));
    const newRate = { ...input, settings: settings({ exchangeRates: [{ currency: 'USD', rate: '0.8' }] }) };
    expect(computeBudget({ ...newRate, linked: linked('2027-06-30'), reuse })).toEqual(computeBudget({ ...newRate, linked: linked('2027-06-30') }));
  });
});

describe('thresholds and contingency', () => {
  it('warns above the warning percentage and is critical above the critical one', () => {
    expect(budgetStatus(90_00, 100_00, 90, 100)).toBe('on_track');
    expect(budgetStatus(90_01, 100_00, 90, 100)).toBe('warning');
    expect(budgetStatus(100_00, 100_00, 90, 100)).toBe('warning');
    expect(budgetStatus(100_01, 100_00, 90, 100)).toBe('critical');
    expect(budgetStatus(1, 0, 90, 100)).toBe('critical');
    expect(budgetStatus(5, null, 90, 100)).toBe('no_budget');
  });

  it('computes the contingency as a percentage of the plan or a fixed amount', () => {
    expect(contingencyAmount({ contingencyMode: 'percent', contingencyValue: 10 }, 1_682_345_67)).toBe(168_234_57);
    expect(contingencyAmount({ contingencyMode: 'percent', contingencyValue: 7.5 }, 200_00)).toBe(15_00);
    expect(contingencyAmount({ contingencyMode: 'amount', contingencyValue: 50_000_00 }, 1)).toBe(50_000_00);
  });

  it('rounds the cost per user and refuses to divide by nobody', () => {
    expect(costPerUser(1_000_00, 3)).toBe(333_33);
    expect(costPerUser(1_000_00, 0)).toBeNull();
  });
});

describe('readiness of the plan step', () => {
  it('says nothing before the budget is started', () => {
    expect(budgetReadiness(0, compute({ approvedBudget: null }).headline, 90, [])).toEqual([]);
  });

  it('asks for an approved budget once lines exist', () => {
    const warnings = budgetReadiness(3, compute({ approvedBudget: null }).headline, 90, []);
    expect(warnings).toEqual([{ stepKey: 'plan', message: 'The budget has cost lines but no approved budget yet.' }]);
  });

  it('warns when the forecast passes the warning threshold, and about missing rates', () => {
    const tight = compute({ approvedBudget: 45_000_00 });
    expect(tight.headline.status).toBe('warning');
    const warnings = budgetReadiness(3, tight.headline, 90, ['GBP']);
    expect(warnings.map((w) => w.message)).toEqual([
      'The budget forecast is 95.6% of the approved budget, above the 90% warning threshold.',
      'Cost lines in GBP have no exchange rate and are left out of the totals.',
    ]);
    expect(budgetReadiness(3, compute().headline, 90, [])).toEqual([]);
  });
});
