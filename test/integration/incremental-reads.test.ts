import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/backend/api/handler-types';
import { buildBudget } from '../../electron/backend/budget/view';
import { dataStamp, rowsChangedSince } from '../../electron/backend/history/data-stamp';
import { readStepSummaries } from '../../electron/backend/projects/steps';
import { ProjectSession } from '../../electron/backend/session';
import { linkHandlers } from '../../electron/backend/timeline/link-handlers';
import { readPlan, PLAN_TABLES } from '../../electron/backend/timeline/read';
import { taskHandlers } from '../../electron/backend/timeline/task-handlers';
import { budgetHandlers } from '../../electron/backend/api/handlers/budget';
import type { CostLine } from '../../shared/schemas/budget';
import type { Task } from '../../shared/schemas/task';
import { SAMPLE_FIELDS, startTestBackend, tempDir } from '../support/backend';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

/** A ten-step project opened as the backend opens it, with the handlers called directly on it. */
async function openSession() {
  const api = startTestBackend(tempDir());
  const created = await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
  api.close();
  const session = ProjectSession.open(path.resolve(created.path), 'tester');
  sessions.push(session);
  const ctx = { session: () => session } as unknown as HandlerContext;
  const db = session.db;
  // Inside a transaction nothing is cached: what a fresh read of the file gives.
  const fresh = <T>(read: () => T): T => db.transaction(read)();
  const leaves = () => readPlan(db).tasks.filter((t) => t.parentId !== null && !readPlan(db).tasks.some((c) => c.parentId === t.id));
  return { session, ctx, db, fresh, leaves };
}

// After an edit the step summaries, the schedule and the budget are read again; with 5,000 tasks re-reading
// everything is most of the time a drag takes, so the backend re-reads the rows an edit wrote. These check that
// what it holds is always what a fresh read gives.
describe('reads after an edit', () => {
  it('lists the rows each edit, undo and redo wrote since a stamp, and nothing for a stamp it cannot vouch for', async () => {
    const { session, ctx, db, leaves } = await openSession();
    const [first, second] = leaves();
    if (!first || !second) throw new Error('The template has too few tasks');
    const stamp = dataStamp(db, PLAN_TABLES);
    expect(rowsChangedSince(db, PLAN_TABLES, stamp)).toEqual([]);
    taskHandlers['tasks.update']({ id: first.id, patch: { name: 'Kick-off workshop' } }, ctx);
    taskHandlers['tasks.update']({ id: second.id, patch: { percentComplete: 50 } }, ctx);
    expect(rowsChangedSince(db, PLAN_TABLES, stamp)).toEqual([{ table: 'task', rowId: first.id }, { table: 'task', rowId: second.id }]);
    const afterBoth = dataStamp(db, PLAN_TABLES);
    session.history.undo();
    expect(rowsChangedSince(db, PLAN_TABLES, afterBoth)).toEqual([{ table: 'task', rowId: second.id }]);
    // Rows of other tables are not listed for the plan's tables.
    expect(rowsChangedSince(db, ['cost_line'], stamp)).toEqual([]);
    expect(rowsChangedSince(db, PLAN_TABLES, 'another-session:0')).toBeNull();
  });

  it('re-reads the rows a drag or a field edit wrote and holds what a fresh read holds, through moves, links and undo', async () => {
    const { session, ctx, db, fresh, leaves } = await openSession();
    const [first, second, third] = leaves();
    if (!first || !second || !third) throw new Error('The template has too few tasks');
    const before = readPlan(db);
    taskHandlers['tasks.reschedule']({ id: first.id, start: '2027-03-01' }, ctx);
    const after = readPlan(db);
    expect(after).toEqual(fresh(() => readPlan(db)));
    expect(after.tasks.find((t) => t.id === first.id)).toMatchObject({ constraintDate: '2027-03-01' });
    // Patched, not read whole: the rows no edit wrote are the ones held before.
    const untouched = before.tasks.filter((t) => t.id !== first.id);
    expect(untouched.every((t) => after.tasks.includes(t))).toBe(true);

    const steps: [string, () => unknown][] = [
      ['rename', () => taskHandlers['tasks.update']({ id: second.id, patch: { name: 'Renamed' } }, ctx)],
      ['reorder', () => taskHandlers['tasks.move']({ id: third.id, direction: 'up' }, ctx)],
      ['link', () => linkHandlers['dependencies.add']({ predecessorId: first.id, successorId: third.id, type: 'FS', lagDays: 2 }, ctx)],
      ['add', () => taskHandlers['tasks.create']({ parentId: first.parentId, name: 'New task', durationDays: 3, isMilestone: false, ownerName: '' } as never, ctx)],
      ['undo', () => session.history.undo()],
      ['undo again', () => session.history.undo()],
      ['redo', () => session.history.redo()],
    ];
    for (const [label, step] of steps) {
      step();
      expect(readPlan(db), label).toEqual(fresh(() => readPlan(db)));
    }
  });

  it('keeps the budget while the tasks its lines follow keep their dates, and the step summaries while nothing changes', async () => {
    const { ctx, db, fresh, leaves } = await openSession();
    const [followed, other] = leaves().filter((t: Task) => !t.isMilestone);
    if (!followed || !other) throw new Error('The template has too few tasks');
    budgetHandlers['budget.addLine']({
      fields: {
        category: 'vendor_services', description: 'Partner days', stepKey: null, waveId: null, vendorId: null, taskId: followed.id,
        costType: 'monthly', quantity: 1, unitCost: 1_000_00, currency: 'EUR', startMonth: '2027-01', endMonth: '2027-01',
        scheduleFrom: 'task', committed: 0, actual: 0, notes: '',
      },
    }, ctx);
    const budget = buildBudget(db);
    const summaries = readStepSummaries(db);
    expect(readStepSummaries(db)).toBe(summaries);

    // A task no line follows moves: the same budget; the summaries are computed again (the plan changed).
    taskHandlers['tasks.update']({ id: other.id, patch: { percentComplete: 100 } }, ctx);
    expect(buildBudget(db)).toBe(budget);
    expect(readStepSummaries(db)).not.toBe(summaries);
    expect(readStepSummaries(db)).toEqual(fresh(() => readStepSummaries(db)));

    // One line edited: that line is read and costed again, the others are the ones held before; the same as a fresh read.
    const lineIds = buildBudget(db).lines.map((l) => l.id);
    const { id: _id, sortOrder: _order, ...fields } = buildBudget(db).lines[0] as CostLine;
    budgetHandlers['budget.addLine']({ fields: { ...fields, description: 'Second line', taskId: null, scheduleFrom: 'line' } }, ctx);
    const two = buildBudget(db);
    const [kept, edited] = two.lines;
    if (!kept || !edited || lineIds.length !== 1) throw new Error('Expected two lines');
    budgetHandlers['budget.updateLine']({ id: edited.id, patch: { quantity: 3 } }, ctx);
    const afterEdit = buildBudget(db);
    expect(afterEdit.lines[0]).toBe(kept);
    expect(afterEdit.computed.costs.get(kept.id)).toBe(two.computed.costs.get(kept.id));
    expect(afterEdit.lines).toEqual(fresh(() => buildBudget(db)).lines);
    expect(afterEdit.computed.headline).toEqual(fresh(() => buildBudget(db)).computed.headline);
    budgetHandlers['budget.deleteLine']({ id: edited.id }, ctx);
    expect(buildBudget(db).lines).toEqual(fresh(() => buildBudget(db)).lines);
    expect(buildBudget(db).computed.headline).toEqual(budget.computed.headline);

    // The followed task gets longer: the budget follows it.
    taskHandlers['tasks.update']({ id: followed.id, patch: { durationDays: followed.durationDays + 60 } }, ctx);
    const longer = buildBudget(db);
    expect(longer).not.toBe(budget);
    expect(longer.computed.headline).toEqual(fresh(() => buildBudget(db)).computed.headline);
    expect(longer.computed.headline.planned).toBeGreaterThan(budget.computed.headline.planned);
  });
});
