import Database from 'better-sqlite3';
import { migrate } from '../project-file/migrations';
import { TABLES, type TableName } from '../store/tables';

/**
 * What the migrated database says about each entity table: columns, types, nullability, defaults, the simple CHECK
 * constraints and the foreign keys. Read once from an in-memory database built by the real migrations, so the
 * interchange schema (and the JSON Schema in docs/) can never drift from the project file's schema.
 */
export interface ColumnInfo {
  name: string;
  type: 'TEXT' | 'INTEGER' | 'REAL';
  notNull: boolean;
  primaryKey: boolean;
  /** The column's DEFAULT as a value (NULL for nullable columns without one); undefined when it has none. */
  defaultValue: string | number | null | undefined;
  /** `CHECK (col IN (...))`. */
  allowed?: (string | number)[];
  /** `CHECK (col = 'x')`: singleton tables. */
  literal?: string;
  min?: number;
  minExclusive?: boolean;
  max?: number;
  /** `CHECK (col GLOB '...')` as a regular expression source. */
  pattern?: string;
}

export interface ForeignKey {
  column: string;
  table: TableName;
}

export interface TableInfo {
  name: TableName;
  columns: ColumnInfo[];
  foreignKeys: ForeignKey[];
  /** Rows the migrations insert (singletons such as the calendar): their ids. */
  defaultRowIds: string[];
}

/** The text of every `CHECK (...)` in a CREATE TABLE statement, parentheses balanced. */
function checkExpressions(sql: string): string[] {
  const out: string[] = [];
  const re = /CHECK\s*\(/gi;
  for (let match = re.exec(sql); match; match = re.exec(sql)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    for (; i < sql.length && depth > 0; i++) {
      if (sql[i] === '(') depth++;
      else if (sql[i] === ')') depth--;
    }
    out.push(sql.slice(start, i - 1).replace(/\s+/g, ' ').trim());
  }
  return out;
}

function literalValue(text: string): string | number {
  const t = text.trim();
  return t.startsWith("'") ? t.slice(1, -1).replace(/''/g, "'") : Number(t);
}

function globToRegex(glob: string): string {
  let out = '^';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '[') {
      const end = glob.indexOf(']', i);
      out += glob.slice(i, end + 1);
      i = end;
    } else if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return `${out}$`;
}

/** Applies one CHECK expression to the column it constrains; expressions relating two columns are left to SQLite. */
function applyCheck(expression: string, columns: Map<string, ColumnInfo>): void {
  const expr = expression.replace(/^(\w+) IS NULL OR /, '');
  const between = /^(\w+) BETWEEN (-?[\d.]+) AND (-?[\d.]+)$/.exec(expr);
  if (between) {
    const column = columns.get(between[1] as string);
    if (column) Object.assign(column, { min: Number(between[2]), max: Number(between[3]) });
    return;
  }
  for (const part of expr.split(/ AND (?![^(]*\))/)) {
    let m = /^(\w+) IN \((.*)\)$/.exec(part);
    if (m) {
      const column = columns.get(m[1] as string);
      if (column) column.allowed = (m[2] as string).split(',').map(literalValue);
      continue;
    }
    m = /^(\w+) = ('[^']*')$/.exec(part);
    if (m) {
      const column = columns.get(m[1] as string);
      if (column) column.literal = literalValue(m[2] as string) as string;
      continue;
    }
    m = /^(\w+) (>=|>|<=|<) (-?[\d.]+)$/.exec(part);
    if (m) {
      const column = columns.get(m[1] as string);
      if (!column) continue;
      const value = Number(m[3]);
      if (m[2] === '>=' || m[2] === '>') Object.assign(column, { min: value, minExclusive: m[2] === '>' });
      else column.max = value;
      continue;
    }
    m = /^(\w+) GLOB '([^']*)'$/.exec(part);
    if (m) {
      const column = columns.get(m[1] as string);
      if (column) column.pattern = globToRegex(m[2] as string);
    }
  }
}

function readTable(db: Database.Database, name: TableName): TableInfo {
  const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) as { sql: string }).sql;
  const pragma = db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
  const columns = new Map<string, ColumnInfo>();
  for (const c of pragma) {
    const notNull = c.notnull === 1 || c.pk > 0;
    let defaultValue: ColumnInfo['defaultValue'] = c.dflt_value === null ? undefined : literalValue(c.dflt_value);
    if (defaultValue === undefined && !notNull) defaultValue = null;
    columns.set(c.name, { name: c.name, type: c.type as ColumnInfo['type'], notNull, primaryKey: c.pk > 0, defaultValue });
  }
  for (const expression of checkExpressions(sql)) applyCheck(expression, columns);
  const foreignKeys = (db.prepare(`PRAGMA foreign_key_list(${name})`).all() as { table: string; from: string }[])
    .map((fk) => ({ column: fk.from, table: fk.table as TableName }));
  const defaultRowIds = (db.prepare(`SELECT id FROM ${name}`).all() as { id: string }[]).map((r) => r.id);
  return { name, columns: [...columns.values()], foreignKeys, defaultRowIds };
}

let cached: TableInfo[] | null = null;

/** Every entity table of the current schema, in the registry's order (parents before children). */
export function entityTableInfo(): TableInfo[] {
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    migrate(db);
    cached = (Object.keys(TABLES) as TableName[]).map((name) => readTable(db, name));
  } finally {
    db.close();
  }
  return cached;
}
