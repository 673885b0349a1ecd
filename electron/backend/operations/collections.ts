import crypto from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import { COLLECTIONS, type CollectionDef, type CollectionKey } from '../../../shared/schemas/operations';
import { zodIssues } from '../api/validation';
import type { Edit } from '../history/edit';
import type { ProjectSession } from '../session';
import { entityToColumns, rowToEntity, type TableName } from '../store/tables';
import { tableName } from './records';

export const collectionTable = (key: CollectionKey): TableName => tableName(COLLECTIONS[key].table);

const toSnake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The full schema of a record with its cross-field rule. */
function fullSchema(def: CollectionDef): z.ZodType<Record<string, unknown>> {
  const strict = def.fields.strict();
  return (def.refine ? strict.superRefine(def.refine) : strict) as unknown as z.ZodType<Record<string, unknown>>;
}

export function validateNew(key: CollectionKey, fields: Record<string, unknown>): Record<string, unknown> {
  const result = fullSchema(COLLECTIONS[key]).safeParse(fields);
  if (!result.success) throw new ApiError('VALIDATION', `The ${COLLECTIONS[key].noun} is not valid.`, zodIssues(result.error, ['fields']));
  return result.data;
}

/** A patch is checked field by field, then merged with the stored record and checked whole, so cross-field rules hold. */
export function validatePatch(key: CollectionKey, current: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const def = COLLECTIONS[key];
  const shape = def.fields.partial().strict().safeParse(patch);
  if (!shape.success) throw new ApiError('VALIDATION', `The change to the ${def.noun} is not valid.`, zodIssues(shape.error, ['patch']));
  if (Object.keys(shape.data).length === 0) throw new ApiError('VALIDATION', 'Nothing to change.', [{ path: ['patch'], message: 'Nothing to change' }]);
  if (def.parentField && def.parentField in shape.data && shape.data[def.parentField] !== current[def.parentField]) {
    throw new ApiError('VALIDATION', `A ${def.noun} cannot move to another parent.`, [{ path: ['patch', def.parentField], message: 'Cannot be changed; delete and add instead' }]);
  }
  const stored = Object.fromEntries(Object.keys(def.fields.shape).map((field) => [field, current[field]]));
  const merged = fullSchema(def).safeParse({ ...stored, ...shape.data });
  if (!merged.success) throw new ApiError('VALIDATION', `The ${def.noun} is not valid.`, zodIssues(merged.error, ['patch']));
  return Object.fromEntries(Object.keys(shape.data).map((field) => [field, merged.data[field]]));
}

/** The next sort_order at the end of the list (within the parent for child records). */
export function nextSortOrder(session: ProjectSession, key: CollectionKey, parentId?: unknown): number {
  const def = COLLECTIONS[key];
  const table = collectionTable(key);
  const row = def.parentField
    ? (session.db.prepare(`SELECT MAX(sort_order) AS m FROM "${table}" WHERE ${toSnake(def.parentField)} = ?`).get(parentId) as { m: number | null })
    : (session.db.prepare(`SELECT MAX(sort_order) AS m FROM "${table}"`).get() as { m: number | null });
  return (row.m ?? -1) + 1;
}

export function insertRecord(session: ProjectSession, edit: Edit, key: CollectionKey, fields: Record<string, unknown>, id = crypto.randomUUID()) {
  const def = COLLECTIONS[key];
  const table = collectionTable(key);
  const columns: Record<string, unknown> = { id, ...entityToColumns(table, fields) };
  if (def.ordered) columns.sort_order = nextSortOrder(session, key, def.parentField ? fields[def.parentField] : undefined);
  return rowToEntity<Record<string, unknown> & { id: string }>(table, edit.insert(table, columns as Record<string, unknown> & { id: string }));
}

/** Swaps the record with its neighbour; false at either end of the list. */
export function moveRecord(session: ProjectSession, edit: Edit, key: CollectionKey, id: string, direction: 'up' | 'down'): boolean {
  const def = COLLECTIONS[key];
  if (!def.ordered) throw new ApiError('UNSUPPORTED', `${def.noun} records are ordered by date.`);
  const table = collectionTable(key);
  const record = edit.get(table, id);
  const parentColumn = def.parentField ? toSnake(def.parentField) : null;
  const scope = parentColumn ? `AND ${parentColumn} = @parent` : '';
  const sql = direction === 'up'
    ? `SELECT id, sort_order FROM "${table}" WHERE sort_order < @order ${scope} ORDER BY sort_order DESC LIMIT 1`
    : `SELECT id, sort_order FROM "${table}" WHERE sort_order > @order ${scope} ORDER BY sort_order ASC LIMIT 1`;
  const neighbour = session.db.prepare(sql).get({ order: record.sort_order, parent: parentColumn ? record[parentColumn] : null }) as { id: string; sort_order: number } | undefined;
  if (!neighbour) return false;
  edit.update(table, id, { sort_order: neighbour.sort_order });
  edit.update(table, neighbour.id, { sort_order: record.sort_order });
  return true;
}

/** A short name for undo labels and the audit trail. */
export function recordName(key: CollectionKey, entity: Record<string, unknown>): string {
  const text = String(entity[COLLECTIONS[key].nameField] ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
