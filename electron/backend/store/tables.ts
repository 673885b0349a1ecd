/**
 * How entity tables map to the camelCase objects of shared/schemas. One entry per table; the
 * edit recorder, undo/redo and the repositories all read this, so a new entity needs one line here.
 */
export interface TableSpec {
  /** The entity name used in the audit trail. */
  entity: string;
  /** Columns stored as 0/1 that the API shows as booleans. */
  booleans?: readonly string[];
  /** Columns holding JSON text that the API shows as values. */
  json?: readonly string[];
  /** The column the API calls `key` instead of `id` (steps are addressed by their key). */
  idAs?: string;
}

export const TABLES = {
  project: { entity: 'project' },
  step: { entity: 'step', idAs: 'key' },
  task: { entity: 'task', booleans: ['is_milestone'] },
  dependency: { entity: 'dependency' },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, unknown> & { id: string };

const toCamel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const toSnake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function rowToEntity<T>(table: TableName, row: Row): T {
  const spec: TableSpec = TABLES[table];
  const entity: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    let field = toCamel(column);
    let out = value;
    if (spec.booleans?.includes(column)) out = value === 1;
    else if (spec.json?.includes(column)) out = typeof value === 'string' ? JSON.parse(value) : value;
    if (column === 'id' && spec.idAs) field = spec.idAs;
    entity[field] = out;
  }
  return entity as T;
}

/** The inverse of rowToEntity for the fields present (a patch may carry only some). */
export function entityToColumns(table: TableName, fields: Record<string, unknown>): Record<string, unknown> {
  const spec: TableSpec = TABLES[table];
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const column = spec.idAs && field === spec.idAs ? 'id' : toSnake(field);
    let out = value;
    if (spec.booleans?.includes(column)) out = value ? 1 : 0;
    else if (spec.json?.includes(column)) out = JSON.stringify(value);
    columns[column] = out;
  }
  return columns;
}

export function isTableName(name: string): name is TableName {
  return Object.prototype.hasOwnProperty.call(TABLES, name);
}
