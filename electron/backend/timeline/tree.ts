import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { Task } from '../../../shared/schemas/task';
import type { Edit } from '../history/edit';
import { rowToEntity, type Row } from '../store/tables';

export function childrenOf(db: Database.Database, parentId: string | null): Task[] {
  const rows = parentId === null
    ? (db.prepare('SELECT * FROM task WHERE parent_id IS NULL ORDER BY sort_order, rowid').all() as Row[])
    : (db.prepare('SELECT * FROM task WHERE parent_id = ? ORDER BY sort_order, rowid').all(parentId) as Row[]);
  return rows.map((row) => rowToEntity<Task>('task', row));
}

export function hasChildren(db: Database.Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM task WHERE parent_id = ? LIMIT 1').get(id) !== undefined;
}

export function linkCount(db: Database.Database, id: string): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM dependency WHERE predecessor_id = ? OR successor_id = ?').get(id, id) as { n: number }).n;
}

/** The task and everything below it, children after their parent. */
export function subtree(db: Database.Database, id: string): string[] {
  const ids = [id];
  const seen = new Set(ids);
  for (let head = 0; head < ids.length; head++) {
    for (const row of db.prepare('SELECT id FROM task WHERE parent_id = ?').all(ids[head]) as { id: string }[]) {
      // Each task once: a parent loop (a file edited outside the app) cannot make the list endless.
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      ids.push(row.id);
    }
  }
  return ids;
}

/** Sort orders 0, 1, 2, ... in the given order; rows already in place are not touched (and not recorded). */
export function renumber(edit: Edit, siblings: readonly Pick<Task, 'id'>[]): void {
  siblings.forEach((task, index) => edit.update('task', task.id, { sort_order: index }));
}

/**
 * A task with sub-tasks is a summary: its dates come from them, so it cannot carry links or be a milestone.
 * Checked before a task gets its first child.
 */
export function assertCanHoldTasks(db: Database.Database, parent: Task): void {
  if (parent.isMilestone) {
    throw new ApiError('VALIDATION', `"${parent.name}" is a milestone and cannot hold tasks.`, [{ path: ['parentId'], message: 'A milestone cannot hold tasks' }]);
  }
  if (parent.parentId !== null && !hasChildren(db, parent.id) && linkCount(db, parent.id) > 0) {
    throw new ApiError(
      'VALIDATION',
      `"${parent.name}" has dependencies. A task with sub-tasks takes its dates from them, so remove its dependencies first.`,
      [{ path: ['parentId'], message: 'Remove the dependencies of this task first' }],
    );
  }
}
