import { afterEach, describe, expect, it } from 'vitest';
import type { CostLineFields } from '../../shared/schemas/budget';
import { METHOD_READS } from '../../shared/api/reads';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

async function withProject() {
  const api = startTestBackend();
  backends.push(api);
  const opened = await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
  return { api, opened };
}

const LINE: CostLineFields = {
  category: 'vendor_services', description: 'Partner days', stepKey: null, waveId: null, vendorId: null, taskId: null,
  costType: 'monthly', quantity: 1, unitCost: 1_000_00, currency: 'EUR', startMonth: '2027-01', endMonth: '2027-01',
  scheduleFrom: 'line', committed: 0, actual: 0, notes: '',
};

// The renderer reads again only what an edit touched, and the backend keeps a computed plan and budget while their
// tables are unchanged: both rest on the history saying which tables each edit, undo and redo changed.
describe('which tables changed', () => {
  it('names the tables of each edit, undo and redo, and starts again when the file is opened again', async () => {
    const { api, opened } = await withProject();
    const start = opened.history.data;
    expect(start.tables).toEqual({});

    const added = await api.invoke('budget.addLine', { fields: LINE });
    expect(added.history.data.epoch).toBe(start.epoch);
    expect(added.history.data.tables.cost_line).toBe(added.history.data.seq);
    expect(added.history.data.tables.task).toBeUndefined();

    const task = (await api.invoke('tasks.list', {})).tasks.find((t) => t.parentId !== null) ?? null;
    if (!task) throw new Error('The template has no tasks');
    const moved = await api.invoke('tasks.update', { id: task.id, patch: { durationDays: task.durationDays + 3 } });
    expect(moved.history.data.tables.task).toBe(moved.history.data.seq);
    expect(moved.history.data.tables.cost_line).toBe(added.history.data.seq);

    const undone = await api.invoke('history.undo', {});
    expect(undone.data.seq).toBe(moved.history.data.seq + 1);
    expect(undone.data.tables.task).toBe(undone.data.seq);
    expect(undone.data.tables.cost_line).toBe(added.history.data.seq);

    await api.invoke('project.close', {});
    const reopened = await api.invoke('project.open', { path: opened.path });
    expect(reopened.history.data.epoch).not.toBe(start.epoch);
    expect(reopened.history.data.tables).toEqual({});
  });

  it('keeps the computed budget across edits elsewhere and computes it again when a task it follows moves', async () => {
    const { api } = await withProject();
    const task = (await api.invoke('tasks.list', {})).tasks.find((t) => t.parentId !== null && !t.isMilestone) ?? null;
    if (!task) throw new Error('The template has no tasks');
    const line = (await api.invoke('budget.addLine', { fields: { ...LINE, scheduleFrom: 'task', taskId: task.id } })).value;
    const before = (await api.invoke('budget.get', {})).lines.find((l) => l.id === line.id);
    expect(before?.periodFrom).toBe('task');

    // An edit outside the budget's tables: the same figures.
    await api.invoke('steps.update', { key: 'team', patch: { notes: 'Kick-off on Monday' } });
    expect((await api.invoke('budget.get', {})).lines.find((l) => l.id === line.id)).toEqual(before);

    // The task the line follows gets longer: the line's months and cost follow, after the edit and after its undo.
    await api.invoke('tasks.update', { id: task.id, patch: { durationDays: task.durationDays + 60 } });
    const after = (await api.invoke('budget.get', {})).lines.find((l) => l.id === line.id);
    expect((after?.period.end ?? '') > (before?.period.end ?? '')).toBe(true);
    expect(after?.costs.planned).toBeGreaterThan(before?.costs.planned ?? 0);
    await api.invoke('history.undo', {});
    expect((await api.invoke('budget.get', {})).lines.find((l) => l.id === line.id)).toEqual(before);

    // The step summaries read the plan from the same cache: a task done shows in its step's progress at once.
    const progress = async () => (await api.invoke('steps.list', {})).map((s) => s.progress.percentComplete);
    const was = await progress();
    await api.invoke('tasks.update', { id: task.id, patch: { percentComplete: 100 } });
    expect(await progress()).not.toEqual(was);
    await api.invoke('history.undo', {});
    expect(await progress()).toEqual(was);
  });

  it('answers the methods of shared/api/reads.ts from their tables alone: edits elsewhere leave the answers alone', async () => {
    expect(Object.keys(METHOD_READS).sort()).toEqual(['tasks.list', 'vendors.scores']);
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.openSample', {});
    const read = async () => ({ plan: await api.invoke('tasks.list', {}), scores: await api.invoke('vendors.scores', {}) });
    const before = await read();
    const evaluation = await api.invoke('vendors.get', { scores: false });
    const [vendor] = evaluation.vendors;
    const [criterion] = evaluation.criteria;
    if (!vendor || !criterion) throw new Error('The sample has no evaluation');
    await api.invoke('project.update', { patch: { name: 'Renamed rollout' } });
    await api.invoke('calendar.update', { workingWeekdays: [1, 2, 3, 4] });
    await api.invoke('holidays.add', { date: '2027-05-05', label: 'Liberation Day' });
    await api.invoke('budget.addLine', { fields: LINE });
    await api.invoke('vendors.updateVendor', { id: vendor.id, patch: { name: 'Renamed vendor' } });
    await api.invoke('vendors.updateCriterion', { id: criterion.id, patch: { rawWeight: 7 } });
    await api.invoke('steps.update', { key: 'team', patch: { notes: 'Kick-off on Monday' } });
    expect(await read()).toEqual(before);

    // And an edit of their own tables shows.
    const task = before.plan.tasks.find((t) => t.parentId !== null);
    const [score] = before.scores;
    if (!task || !score) throw new Error('The sample has no tasks or scores');
    await api.invoke('tasks.update', { id: task.id, patch: { name: 'Renamed task' } });
    await api.invoke('vendors.setScore', { evaluatorId: score.evaluatorId, vendorId: score.vendorId, criterionId: score.criterionId, round: score.round, value: score.value === 5 ? 4 : 5 });
    const after = await read();
    expect(after.plan).not.toEqual(before.plan);
    expect(after.scores).not.toEqual(before.scores);
  });
});
