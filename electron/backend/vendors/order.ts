import type Database from 'better-sqlite3';
import type { Edit } from '../history/edit';
import type { TableName } from '../store/tables';

/** The next sort_order at the end of a list (optionally of one parent's children). */
export function nextSortOrder(db: Database.Database, table: TableName, where = '', ...params: unknown[]): number {
  const row = db.prepare(`SELECT COALESCE(MAX(sort_order), -1) + 1 AS next FROM ${table} ${where ? `WHERE ${where}` : ''}`).get(...params) as { next: number };
  return row.next;
}

/** Swaps a row with its neighbour in the list; returns false at either end (nothing to record). */
export function moveInList(db: Database.Database, edit: Edit, table: TableName, id: string, direction: 'up' | 'down', scope = '', ...params: unknown[]): boolean {
  const rows = db.prepare(`SELECT id, sort_order FROM ${table} ${scope ? `WHERE ${scope}` : ''} ORDER BY sort_order, rowid`).all(...params) as { id: string; sort_order: number }[];
  const index = rows.findIndex((r) => r.id === id);
  const other = rows[direction === 'up' ? index - 1 : index + 1];
  const self = rows[index];
  if (!self || !other) return false;
  // Renumber the whole list first so equal sort orders cannot make a swap a no-op.
  rows.forEach((r, i) => edit.update(table, r.id, { sort_order: i }));
  const selfIndex = index;
  const otherIndex = direction === 'up' ? index - 1 : index + 1;
  edit.update(table, self.id, { sort_order: otherIndex });
  edit.update(table, other.id, { sort_order: selfIndex });
  return true;
}
