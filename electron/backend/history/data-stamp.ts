import type Database from 'better-sqlite3';

export interface RowRef {
  table: string;
  rowId: string;
}

/** What a session's history knows about the changes to its file (History implements it). */
export interface ChangeSource {
  /** A key that stays the same while none of `tables` changes, and is never reused by another session. */
  stampOf(tables: readonly string[]): string;
  /**
   * The rows of `tables` written since `stamp` (one of stampOf's), possibly more than were written; null when
   * that is not known (another session's stamp, or changes too old to be remembered).
   */
  rowsChangedSince(stamp: string, tables: readonly string[]): RowRef[] | null;
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

/**
 * The rows of `tables` written since a stamp of `dataStamp(db, tables)`, so a cache can re-read a few rows instead of
 * whole tables; null when that is not known (then read everything). Rows may be listed more than once, or listed
 * although their write was rolled back: re-reading them is always right.
 */
export function rowsChangedSince(db: Database.Database, tables: readonly string[], stamp: string): RowRef[] | null {
  return sources.get(db)?.rowsChangedSince(stamp, tables) ?? null;
}
