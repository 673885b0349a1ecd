import { afterEach, describe, expect, it } from 'vitest';
import type { CostLineFields } from '../../shared/schemas/budget';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

async function withProject(): Promise<TestBackend & { filePath: string }> {
  const api = startTestBackend();
  backends.push(api);
  const opened = await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
  return Object.assign(api, { filePath: opened.path });
}

const SEATS: CostLineFields = {
  category: 'licences', description: 'Assistant seats', stepKey: 'deployment', waveId: null, vendorId: null, taskId: null,
  costType: 'per_seat_month', quantity: 500, unitCost: 30_00, currency: 'EUR', startMonth: '2027-01', endMonth: '2027-12',
  scheduleFrom: 'line', committed: 0, actual: 0, notes: '',
};

describe('the budget, persisted in the project file', () => {
  it('keeps lines and settings across closing and reopening, with totals in the project currency', async () => {
    const api = await withProject();
    await api.invoke('budget.updateSettings', { patch: { approvedBudget: 230_000_00, exchangeRates: [{ currency: 'USD', rate: '0.92' }] } });
    await api.invoke('budget.addLine', { fields: SEATS });
    await api.invoke('budget.addLine', { fields: { ...SEATS, description: 'Integration partner', category: 'vendor_services', costType: 'one_off', quantity: 1, unitCost: 40_000_00, currency: 'USD', stepKey: 'plan', startMonth: '2027-02', endMonth: '2027-02' } });
    await api.invoke('project.close', {});
    await api.invoke('project.open', { path: api.filePath });

    const budget = await api.invoke('budget.get', {});
    expect(budget.currency).toBe('EUR');
    expect(budget.lines.map((l) => [l.description, l.costs.planned])).toEqual([['Assistant seats', 180_000_00], ['Integration partner', 36_800_00]]);
    expect(budget.headline).toMatchObject({ approved: 230_000_00, planned: 216_800_00, forecastPercent: 94.3, status: 'warning' });
    expect(budget.byStep.map((g) => g.key)).toEqual(['plan', 'deployment']);
    expect(budget.months.find((m) => m.month === '2027-02')?.planned).toBe(15_000_00 + 36_800_00);
    expect(budget.settings.exchangeRates).toEqual([{ currency: 'USD', rate: '0.92' }]);
    expect(budget.options.tasks.length).toBeGreaterThan(30);
  });

  it('edits and deletes a line, each one undo step, and the plan step warns about the forecast', async () => {
    const api = await withProject();
    const line = (await api.invoke('budget.addLine', { fields: SEATS })).value;
    const planWarnings = async () => (await api.invoke('steps.list', {})).find((s) => s.key === 'plan')?.warnings.map((w) => w.message);
    expect(await planWarnings()).toContain('The budget has cost lines but no approved budget yet.');
    await api.invoke('budget.updateSettings', { patch: { approvedBudget: 190_000_00 } });
    expect(await planWarnings()).toEqual(['The budget forecast is 94.7% of the approved budget, above the 90% warning threshold.']);
    const edited = await api.invoke('budget.updateLine', { id: line.id, patch: { quantity: 400 } });
    expect(edited.history.undoLabel).toBe('Edit cost line "Assistant seats"');
    expect(await planWarnings()).toEqual([]);
    await api.invoke('budget.deleteLine', { id: line.id });
    expect((await api.invoke('budget.get', {})).lines).toEqual([]);
    await api.invoke('history.undo', {});
    expect((await api.invoke('budget.get', {})).lines.map((l) => l.quantity)).toEqual([400]);
    await api.invoke('history.undo', {});
    expect((await api.invoke('budget.get', {})).lines.map((l) => l.quantity)).toEqual([500]);
    // The headline alone (the Overview's) follows every edit and undo, like the full view.
    const view = await api.invoke('budget.get', {});
    expect(await api.invoke('budget.headline', {})).toEqual({ currency: view.currency, settings: view.settings, headline: view.headline, lineCount: 1, costsRedacted: false });
  });
});

describe('validation, with the path of the field', () => {
  it('refuses negative quantities, invalid amounts and an end before the start', async () => {
    const api = await withProject();
    const bad = async (fields: Partial<CostLineFields>) => api.raw('budget.addLine', { fields: { ...SEATS, ...fields } });
    expect(await bad({ quantity: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['fields', 'quantity'], message: 'Quantity cannot be negative' }] } });
    expect(await bad({ unitCost: 12.5 })).toMatchObject({ ok: false, error: { issues: [{ path: ['fields', 'unitCost'], message: 'Enter a whole number of cents' }] } });
    expect(await bad({ committed: -100 })).toMatchObject({ ok: false, error: { issues: [{ path: ['fields', 'committed'], message: 'Amounts cannot be negative' }] } });
    expect(await bad({ endMonth: '2026-12' })).toMatchObject({ ok: false, error: { issues: [{ path: ['fields', 'endMonth'], message: 'The end month cannot be before the start month' }] } });
    // Only the month itself is reported: no second, misleading "end before start" issue.
    expect((await bad({ startMonth: '2027-13' })).ok === false && (await bad({ startMonth: '2027-13' }))).toEqual({
      ok: false, error: { code: 'VALIDATION', message: expect.any(String), issues: [{ path: ['fields', 'startMonth'], message: 'Enter a month as YYYY-MM' }] },
    });
    expect(await bad({ currency: 'GBP' })).toMatchObject({ ok: false, error: { issues: [{ path: ['fields', 'currency'], message: 'Add an exchange rate for GBP in the budget settings first' }] } });
    expect(await bad({ taskId: 'no-such-task', scheduleFrom: 'task' })).toMatchObject({ ok: false, error: { issues: [{ path: ['fields', 'taskId'] }] } });
    const line = (await api.invoke('budget.addLine', { fields: SEATS })).value;
    expect(await api.raw('budget.updateLine', { id: line.id, patch: { startMonth: '2028-01' } })).toMatchObject({
      ok: false, error: { issues: [{ path: ['patch', 'endMonth'], message: 'The end month cannot be before the start month' }] },
    });
    expect(await api.raw('budget.updateSettings', { patch: { warningPercent: 120, criticalPercent: 110 } })).toMatchObject({
      ok: false, error: { issues: [{ path: ['patch', 'warningPercent'] }] },
    });
    expect((await api.invoke('history.state', {})).undoLabel).toBe('Add cost line "Assistant seats"');
  });

  it('refuses to drop the rate of a currency that lines still use', async () => {
    const api = await withProject();
    await api.invoke('budget.updateSettings', { patch: { exchangeRates: [{ currency: 'USD', rate: '0.92' }] } });
    await api.invoke('budget.addLine', { fields: { ...SEATS, currency: 'USD' } });
    expect(await api.raw('budget.updateSettings', { patch: { exchangeRates: [] } })).toMatchObject({
      ok: false, error: { code: 'VALIDATION', issues: [{ path: ['patch', 'exchangeRates'], message: 'Cost lines still use USD (1 line): keep a rate for it' }] },
    });
  });
});

describe('pasting from a spreadsheet', () => {
  const rows = [
    'Category\tDescription\tCost type\tQuantity\tUnit cost\tCurrency\tStart month\tEnd month',
    ...Array.from({ length: 9 }, (_, i) => `Training\tWorkshop ${i + 1}\tOne-off\t1\t2,500.00\tEUR\t2027-0${i + 1}\t`),
    'Training\tBroken row\tOne-off\t-4\t2,500.00\tEUR\t2027-03\t',
  ].join('\n');

  it('previews without writing, then adds the valid rows as one undo step', async () => {
    const api = await withProject();
    const preview = await api.invoke('budget.parsePaste', { text: rows });
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows.filter((r) => r.fields === null).map((r) => [r.row, r.errors])).toEqual([[11, [{ path: ['quantity'], message: 'Quantity cannot be negative' }]]]);
    expect((await api.invoke('history.state', {})).canUndo).toBe(false);

    const valid = preview.rows.flatMap((r) => (r.fields ? [r.fields] : []));
    const added = await api.invoke('budget.addLines', { lines: valid });
    expect(added.value.added).toBe(9);
    expect(added.history.undoLabel).toBe('Paste 9 cost lines');
    expect((await api.invoke('budget.get', {})).headline.planned).toBe(22_500_00);
    await api.invoke('history.undo', {});
    expect((await api.invoke('budget.get', {})).lines).toEqual([]);
    await api.invoke('history.redo', {});
    expect((await api.invoke('budget.get', {})).lines).toHaveLength(9);
  });

  it('adds nothing when one of the lines is refused', async () => {
    const api = await withProject();
    const result = await api.raw('budget.addLines', { lines: [SEATS, { ...SEATS, currency: 'CHF' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['lines', 1, 'currency'] }] } });
    expect((await api.invoke('budget.get', {})).lines).toEqual([]);
  });
});

describe('the sample project', () => {
  it("opens with Northwind's budget: approved 1.85 M EUR, 10% contingency, a line in USD, spend to date", async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.openSample', {});
    const budget = await api.invoke('budget.get', {});
    expect(budget.lines.length).toBeGreaterThanOrEqual(25);
    expect(new Set(budget.lines.map((l) => l.category)).size).toBeGreaterThanOrEqual(9);
    expect(budget.headline.approved).toBe(1_850_000_00);
    expect(budget.settings).toMatchObject({ contingencyMode: 'percent', contingencyValue: 10, exchangeRates: [{ currency: 'USD', rate: '0.92' }] });
    // 15 months of USD 4,200.00 at 0.92.
    expect(budget.lines.find((l) => l.currency === 'USD')?.costs.planned).toBe(57_960_00);
    // Hypercare follows wave 1 (11 January to 5 February 2027): 21 of 31 days of January, 5 of 28 of February.
    const hypercare = budget.lines.find((l) => l.description.startsWith('Helpdesk hypercare for wave 1'));
    expect(hypercare).toMatchObject({ periodFrom: 'wave', period: { start: '2027-01-11', end: '2027-02-05' } });
    expect(hypercare?.costs.planned).toBe(Math.round((9_600_00 * 21) / 31) + Math.round((9_600_00 * 5) / 28));
    expect(budget.byWave.filter((w) => w.key !== null)).toHaveLength(2);
    // The vendor evaluation's three-year cost of ownership, shown read-only, for the waves' 2,400 people.
    expect(budget.costOfOwnership?.length).toBeGreaterThan(0);
    expect(budget.costOfOwnership?.every((v) => v.headcount === 2_400 && v.total > 0)).toBe(true);
    expect(budget.headline.actual).toBeGreaterThan(0);
    expect(budget.headline.committed).toBeGreaterThan(budget.headline.actual);
    expect(budget.missingRates).toEqual([]);
    expect(budget.lines.filter((l) => l.taskId !== null).length).toBeGreaterThan(5);
  });
});

describe('lines that follow the plan', () => {
  it("take their months from the linked task's computed dates", async () => {
    const api = await withProject();
    const { tasks } = await api.invoke('tasks.list', {});
    const task = tasks.find((t) => t.name === 'Run the pilot and log findings');
    if (!task) throw new Error('The template has no pilot run');
    const schedule = await api.invoke('schedule.get', {});
    const dates = schedule.tasks.find((t) => t.id === task.id);
    await api.invoke('budget.addLine', { fields: { ...SEATS, description: 'Pilot seats', scheduleFrom: 'task', taskId: task.id } });
    const [line] = (await api.invoke('budget.get', {})).lines;
    expect(line?.periodFrom).toBe('task');
    expect(line?.period).toEqual({ start: dates?.start, end: dates?.finish });
    expect(line?.periodNote).toBeNull();
  });
});
