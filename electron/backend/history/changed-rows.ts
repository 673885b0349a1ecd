import type Database from 'better-sqlite3';
import { rowToEntity, type Row, type TableName } from '../store/tables';
import { rowsChangedSince } from './data-stamp';

/** More rows than this written since: reading the table whole is as quick. */
const MOST_ROWS = 200;

/**
 * `rows` of `table` as read at `stamp` (a stamp of `dataStamp(db, tables)`, in the table's order), with the rows
 * written since read again; null when that cannot stand for a fresh read: an unknown stamp, a change to another of
 * `tables`, a row added or removed, or one that `keepsPlace` says moved in the order. Rows not written keep their
 * identity, so what is computed per row can be kept for them.
 */
export function withChangedRows<T extends { id: string }>(
  db: Database.Database,
  table: TableName,
  tables: readonly string[],
  rows: readonly T[],
  stamp: string,
  keepsPlace: (before: T, after: T) => boolean,
): T[] | null {
  const changed = rowsChangedSince(db, tables, stamp);
  if (!changed || changed.length > MOST_ROWS || changed.some((c) => c.table !== table)) return null;
  if (changed.length === 0) return [...rows];
  const indexOf = new Map(rows.map((row, index) => [row.id, index]));
  const select = db.prepare(`SELECT * FROM ${table} WHERE id = ?`);
  const next = [...rows];
  for (const { rowId } of changed) {
    const index = indexOf.get(rowId);
    const row = select.get(rowId) as Row | undefined;
    if (index === undefined || !row) return null;
    const entity = rowToEntity<T>(table, row);
    if (!keepsPlace(next[index] as T, entity)) return null;
    next[index] = entity;
  }
  return next;
}
