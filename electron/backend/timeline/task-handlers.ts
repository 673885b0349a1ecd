import crypto from 'node:crypto';
import { ApiError } from '../../../shared/errors';
import { taskRuleIssues, type Task, type TaskPatch } from '../../../shared/schemas/task';
import type { HandlerMap } from '../api/handler-types';
import type { ProjectSession } from '../session';
import { entityToColumns, rowToEntity } from '../store/tables';
import { readPlan, readDependencies, schedulePlan } from './read';
import { assertCanHoldTasks, childrenOf, hasChildren, renumber, subtree } from './tree';
import { moveTask } from './move';
import { rescheduleChange } from '../../../shared/rules/schedule/reschedule';

type TaskMethods = 'tasks.list' | 'tasks.create' | 'tasks.update' | 'tasks.delete' | 'tasks.move' | 'tasks.reschedule';

/** Fields a summary (a phase, or a task with sub-tasks) takes from its children and cannot be given. */
const ROLLED_UP: readonly (keyof TaskPatch)[] = ['durationDays', 'percentComplete', 'isMilestone', 'constraintType', 'constraintDate', 'actualStart', 'actualFinish'];

function updateLabel(task: Task, patch: TaskPatch, changes: TaskPatch): string {
  const keys = Object.keys(patch);
  if (keys.length === 1 && patch.percentComplete !== undefined) return `Set "${task.name}" to ${patch.percentComplete}% complete`;
  if (keys.length === 1 && patch.name !== undefined) return `Rename "${task.name}" to "${patch.name}"`;
  if (keys.length === 1 && patch.durationDays !== undefined) return `Change "${task.name}" to ${patch.durationDays} working days`;
  if (keys.length === 1 && patch.ownerName !== undefined) return patch.ownerName ? `Assign "${task.name}" to ${patch.ownerName}` : `Clear the owner of "${task.name}"`;
  if (keys.length === 1 && patch.ownerMemberId !== undefined) return patch.ownerMemberId ? `Assign "${task.name}" to ${changes.ownerName ?? 'a team member'}` : `Clear the owner of "${task.name}"`;
  return `Edit task "${task.name}"`;
}

/** Links to other steps' records must point at one that exists; choosing a team member as owner shows that member's name. */
const LINKED: readonly [keyof TaskPatch, string, string][] = [
  ['ownerMemberId', 'team_member', 'That team member no longer exists'],
  ['waveId', 'wave', 'That wave no longer exists'],
  ['trainingSessionId', 'training_session', 'That training session no longer exists'],
  ['communicationId', 'comm_item', 'That communication no longer exists'],
];

function linkChanges(session: ProjectSession, patch: TaskPatch, changes: TaskPatch): void {
  for (const [field, table, message] of LINKED) {
    const id = patch[field];
    if (typeof id !== 'string') continue;
    const row = session.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as { name?: string } | undefined;
    if (!row) throw new ApiError('VALIDATION', `${message}.`, [{ path: ['patch', field], message }]);
    if (field === 'ownerMemberId') changes.ownerName = row.name ?? '';
  }
  // A name typed by hand is someone outside the team list.
  if (patch.ownerName !== undefined && patch.ownerMemberId === undefined) changes.ownerMemberId = null;
}

function validated(session: ProjectSession, task: Task, patch: TaskPatch): TaskPatch {
  const changes: TaskPatch = { ...patch };
  if (hasChildren(session.db, task.id) || task.parentId === null) {
    const refused = ROLLED_UP.find((field) => patch[field] !== undefined);
    if (refused) {
      const message = `"${task.name}" takes its dates and progress from its tasks; change those instead`;
      throw new ApiError('VALIDATION', `${message}.`, [{ path: ['patch', refused], message }]);
    }
  }
  // Turning a task into a milestone drops its length; turning it back gives it one day.
  if (patch.isMilestone === true) changes.durationDays = 0;
  if (patch.isMilestone === false && (patch.durationDays ?? task.durationDays) === 0) changes.durationDays = 1;
  if (patch.durationDays === 0 && patch.isMilestone === undefined) changes.isMilestone = true;
  if (patch.durationDays !== undefined && patch.durationDays > 0 && patch.isMilestone === undefined && task.isMilestone) changes.isMilestone = false;
  if (patch.constraintType === 'asap') changes.constraintDate = null;
  linkChanges(session, patch, changes);
  const merged = { ...task, ...changes };
  const issues = taskRuleIssues(merged);
  if (issues.length > 0) throw new ApiError('VALIDATION', issues[0]?.message ?? 'Invalid task', issues.map((i) => ({ path: ['patch', ...i.path], message: i.message })));
  return changes;
}

export const taskHandlers: HandlerMap<TaskMethods> = {
  'tasks.list': (_input, ctx) => {
    // The plan as the scheduler last read it (shared while the file is unchanged): no second read per refresh.
    const { tasks, dependencies } = readPlan(ctx.session().db);
    return { tasks, dependencies };
  },

  'tasks.create': (input, ctx) => {
    const session = ctx.session();
    const parent = input.parentId === null ? null : session.get<Task>('task', input.parentId);
    if (parent) assertCanHoldTasks(session.db, parent);
    const siblings = childrenOf(session.db, input.parentId);
    const afterIndex = input.afterId === undefined ? siblings.length - 1 : siblings.findIndex((s) => s.id === input.afterId);
    if (afterIndex < 0 && input.afterId !== undefined) throw new ApiError('NOT_FOUND', 'The task to insert after is not under that parent.');
    const id = crypto.randomUUID();
    const milestone = input.isMilestone || input.durationDays === 0;
    const kind = input.parentId === null ? 'phase' : milestone ? 'milestone' : 'task';
    return session.edit(`Add ${kind} "${input.name}"`, (edit) => {
      const row = edit.insert('task', {
        id,
        parent_id: input.parentId,
        step_key: null,
        name: input.name,
        duration_days: input.parentId === null || milestone ? 0 : input.durationDays,
        is_milestone: input.parentId !== null && milestone ? 1 : 0,
        percent_complete: 0,
        sort_order: siblings.length,
        owner_name: input.ownerName,
      });
      const ordered = [...siblings];
      ordered.splice(afterIndex + 1, 0, rowToEntity<Task>('task', row));
      renumber(edit, ordered);
      return rowToEntity<Task>('task', edit.get('task', id));
    });
  },

  'tasks.update': ({ id, patch }, ctx) => {
    const session = ctx.session();
    const task = session.get<Task>('task', id);
    const changes = validated(session, task, patch);
    return session.edit(updateLabel(task, patch, changes), (edit) => rowToEntity<Task>('task', edit.update('task', id, entityToColumns('task', changes))));
  },

  'tasks.delete': ({ id }, ctx) => {
    const session = ctx.session();
    const task = session.get<Task>('task', id);
    const ids = subtree(session.db, id);
    const below = ids.length - 1;
    const label = below > 0 ? `Delete "${task.name}" and ${below} task${below === 1 ? '' : 's'} under it` : `Delete ${task.isMilestone ? 'milestone' : 'task'} "${task.name}"`;
    return session.edit(label, (edit) => {
      const inside = new Set(ids);
      for (const link of readDependencies(session.db)) {
        if (inside.has(link.predecessorId) || inside.has(link.successorId)) edit.delete('dependency', link.id);
      }
      // Children before their parents, so no row ever points at a deleted one.
      for (const taskId of [...ids].reverse()) edit.delete('task', taskId);
      return null;
    });
  },

  'tasks.move': ({ id, direction }, ctx) => moveTask(ctx.session(), id, direction),

  'tasks.reschedule': ({ id, start, finish }, ctx) => {
    const session = ctx.session();
    const task = session.get<Task>('task', id);
    if (task.parentId === null || hasChildren(session.db, id)) {
      throw new ApiError('VALIDATION', `"${task.name}" takes its dates from its tasks; move those instead.`, [{ path: ['id'], message: 'Move the tasks inside it instead' }]);
    }
    const schedule = schedulePlan(readPlan(session.db));
    const current = schedule.tasks.find((t) => t.id === id);
    const { shift, duration, changes: change } = rescheduleChange(task, current?.start ?? null, schedule.calendar, start, finish);
    if (shift !== 0 && task.actualStart !== null) {
      const message = `"${task.name}" started on ${task.actualStart}; change its actual start instead of moving it`;
      throw new ApiError('VALIDATION', `${message}.`, [{ path: ['start'], message }]);
    }
    const changes = entityToColumns('task', change);
    const days = Math.abs(shift) === 1 ? 'day' : 'days';
    const moved = shift !== 0 ? `Move "${task.name}" ${shift > 0 ? 'later' : 'earlier'} by ${Math.abs(shift)} working ${days}` : '';
    const resized = changes.duration_days !== undefined ? `${moved ? ' and make it' : `Change "${task.name}" to`} ${duration} working days` : '';
    return session.edit(`${moved}${resized}` || `Reschedule "${task.name}"`, (edit) => rowToEntity<Task>('task', edit.update('task', id, changes)));
  },
};
