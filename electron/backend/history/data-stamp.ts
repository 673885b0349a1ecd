import type Database from 'better-sqlite3';

/** What a session's history knows about the changes to its file (History implements it). */
export interface ChangeSource {
  /** A key that stays the same while none of `tables` changes, and is never reused by another session. */
  stampOf(tables: readonly string[]): string;
}

const sources = new WeakMap<Database.Database, ChangeSource>();

/** Called by History for the database of an open project: every write to it is an edit, undo or redo it records. */
export function registerChangeSource(db: Database.Database, source: ChangeSource): void {
  sources.set(db, source);
}

/**
 * A cache key for data read from `tables`: it changes when one of them changes, and only then. For the database
 * of an open project this comes from its history (so an edit of a cost line leaves a cached plan alone); for
 * any other database (the CLI, an export of a closed file) it is `total_changes()`, which counts every row this
 * connection wrote, in any table.
 */
export function dataStamp(db: Database.Database, tables: readonly string[]): string {
  const source = sources.get(db);
  if (source) return source.stampOf(tables);
  return `changes:${(db.prepare('SELECT total_changes() AS n').get() as { n: number }).n}`;
}
