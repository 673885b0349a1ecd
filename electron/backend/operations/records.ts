import type Database from 'better-sqlite3';
import { format } from 'date-fns';
import { isTableName, rowToEntity, type Row, type TableName } from '../store/tables';

/** Today as a plan date on this machine's calendar. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

export function tableName(name: string): TableName {
  if (!isTableName(name)) throw new Error(`Unknown table ${name}`);
  return name;
}

/** Every row of a table as API entities. `orderBy` comes from our code, never from a request. */
export function readAll<T>(db: Database.Database, table: string, orderBy = 'sort_order'): T[] {
  const name = tableName(table);
  return (db.prepare(`SELECT * FROM "${name}" ORDER BY ${orderBy}`).all() as Row[]).map((row) => rowToEntity<T>(name, row));
}

export function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k) ?? [];
    list.push(item);
    map.set(k, list);
  }
  return map;
}
