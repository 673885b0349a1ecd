import crypto from 'node:crypto';
import { ApiError } from '../../../shared/errors';
import { cycleIfLinked } from '../../../shared/rules/schedule/cycles';
import { DEPENDENCY_TYPE_LABELS, type Dependency, type DependencyType, type Task } from '../../../shared/schemas/task';
import type { HandlerMap } from '../api/handler-types';
import type { ProjectSession } from '../session';
import { entityToColumns, rowToEntity } from '../store/tables';
import { cycleConflict, readDependencies } from './read';
import { hasChildren } from './tree';
import { readTasks } from '../projects/steps';

type LinkMethods = 'dependencies.add' | 'dependencies.update' | 'dependencies.remove';

function describe(predecessor: Task, successor: Task, type: DependencyType, lag: number): string {
  const lagText = lag === 0 ? '' : `, ${lag > 0 ? '+' : ''}${lag} day${Math.abs(lag) === 1 ? '' : 's'}`;
  return `"${predecessor.name}" → "${successor.name}" (${DEPENDENCY_TYPE_LABELS[type].toLowerCase()}${lagText})`;
}

function assertLinkable(session: ProjectSession, task: Task, field: 'predecessorId' | 'successorId'): void {
  if (task.parentId === null || hasChildren(session.db, task.id)) {
    const message = `"${task.name}" is a summary of its tasks; link one of the tasks inside it instead`;
    throw new ApiError('VALIDATION', `${message}.`, [{ path: [field], message }]);
  }
}

export const linkHandlers: HandlerMap<LinkMethods> = {
  'dependencies.add': ({ predecessorId, successorId, type, lagDays }, ctx) => {
    const session = ctx.session();
    const predecessor = session.get<Task>('task', predecessorId);
    const successor = session.get<Task>('task', successorId);
    if (predecessorId === successorId) {
      throw new ApiError('VALIDATION', 'A task cannot depend on itself.', [{ path: ['predecessorId'], message: 'Choose another task' }]);
    }
    assertLinkable(session, predecessor, 'predecessorId');
    assertLinkable(session, successor, 'successorId');
    const links = readDependencies(session.db);
    if (links.some((l) => l.predecessorId === predecessorId && l.successorId === successorId)) {
      const message = `"${successor.name}" already depends on "${predecessor.name}"; change that link instead`;
      throw new ApiError('CONFLICT', `${message}.`, [{ path: ['predecessorId'], message }]);
    }
    const cycle = cycleIfLinked(links, predecessorId, successorId);
    if (cycle) throw cycleConflict(readTasks(session.db), cycle, 'This dependency would make a loop');
    const id = crypto.randomUUID();
    return session.edit(`Link ${describe(predecessor, successor, type, lagDays)}`, (edit) =>
      rowToEntity<Dependency>('dependency', edit.insert('dependency', { id, predecessor_id: predecessorId, successor_id: successorId, type, lag_days: lagDays })),
    );
  },

  'dependencies.update': ({ id, patch }, ctx) => {
    const session = ctx.session();
    const link = session.get<Dependency>('dependency', id);
    const predecessor = session.get<Task>('task', link.predecessorId);
    const successor = session.get<Task>('task', link.successorId);
    const type = patch.type ?? link.type;
    const lag = patch.lagDays ?? link.lagDays;
    return session.edit(`Change link ${describe(predecessor, successor, type, lag)}`, (edit) =>
      rowToEntity<Dependency>('dependency', edit.update('dependency', id, entityToColumns('dependency', patch))),
    );
  },

  'dependencies.remove': ({ id }, ctx) => {
    const session = ctx.session();
    const link = session.get<Dependency>('dependency', id);
    const predecessor = session.get<Task>('task', link.predecessorId);
    const successor = session.get<Task>('task', link.successorId);
    return session.edit(`Remove link "${predecessor.name}" → "${successor.name}"`, (edit) => {
      edit.delete('dependency', id);
      return null;
    });
  },
};
