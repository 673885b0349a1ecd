import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import { parentLoops } from '../../../shared/rules/schedule/wbs';

const MAX_NAME = 60;
const MAX_LOOPS_NAMED = 3;

const quoted = (name: string) => `"${name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name}"`;

/**
 * A task that is its own ancestor (a parent_id changed outside the app; a foreign key cannot see it) would leave
 * every walk up the hierarchy without an end. Such a file is refused on open, naming the tasks of each loop.
 */
export function verifyHierarchy(db: Database.Database): void {
  const rows = db.prepare('SELECT id, parent_id AS parentId, name FROM task').all() as { id: string; parentId: string | null; name: string }[];
  const loops = parentLoops(rows);
  if (loops.length === 0) return;
  const names = new Map(rows.map((r) => [r.id, String(r.name)]));
  // The walk goes from a child up to its parents; the message reads the same way and ends where it began.
  const described = loops.slice(0, MAX_LOOPS_NAMED).map((loop) => [...loop, loop[0] as string].map((id) => quoted(names.get(id) ?? id)).join(' → '));
  const more = loops.length > MAX_LOOPS_NAMED ? ` (and ${loops.length - MAX_LOOPS_NAMED} more)` : '';
  throw new ApiError(
    'FILE_CORRUPT',
    `The project file is damaged: the task hierarchy goes round in a loop, each task the parent of the one before: ${described.join('; ')}${more}. Restore a backup, or fix the parent of one of these tasks with another tool.`,
  );
}
