import type { ReactNode } from 'react';
import type { PeopleEntity } from '../../../shared/api/methods/people';
import { entityFields } from '../../../shared/api/methods/people';

export interface Option {
  value: string;
  label: string;
}

export type ColumnKind = 'text' | 'textarea' | 'number' | 'select' | 'multi' | 'date' | 'time' | 'checkbox';

/** One column of an editable table, also one field of its "add" form. */
export interface Column<T> {
  key: keyof T & string;
  label: string;
  kind: ColumnKind;
  options?: readonly Option[];
  /** A select or date that may be empty: the empty choice saves null. */
  nullable?: boolean;
  /** Text of the empty choice of a nullable select ("No function"). */
  emptyLabel?: string;
  /** Shown after a number ("%", "h", "min"). */
  unit?: string;
  /** Help under the field of the add form. */
  hint?: string;
  /** Shown instead of an editor (computed or read-only columns). */
  display?: (row: T) => ReactNode;
  /** The text of a computed column, for the filter and the sort. */
  text?: (row: T) => string;
  /** Leave out of the add form (e.g. a computed column). */
  notInForm?: boolean;
  /** Minimum width of the column, e.g. '14rem'. */
  width?: string;
  /** Edited in the row's expandable details rather than in a column of its own (long texts, long lists). */
  detail?: boolean;
}

export type Row = { id: string; sortOrder: number } & Record<string, unknown>;

/** The text a column shows for a row: what the filter searches and the sort compares. */
export function cellText<T>(column: Column<T>, row: T): string {
  if (column.text) return column.text(row);
  const value = (row as Record<string, unknown>)[column.key];
  const label = (v: unknown) => column.options?.find((o) => o.value === v)?.label ?? (v === null || v === undefined ? '' : String(v));
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return label(value);
}

export function sortKey<T>(column: Column<T>, row: T): string | number {
  if (column.text) return column.text(row).toLocaleLowerCase();
  const value = (row as Record<string, unknown>)[column.key];
  if (typeof value === 'number') return value;
  if (column.kind === 'select' && column.options) {
    const index = column.options.findIndex((o) => o.value === value);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  }
  return cellText(column, row).toLocaleLowerCase();
}

/** The value an editor's text means for a column: numbers parsed, empty optional choices as null. */
export function parseDraft<T>(column: Column<T>, text: string): unknown {
  if (column.kind === 'number') return text.trim() === '' ? Number.NaN : Number(text);
  if ((column.kind === 'select' || column.kind === 'date') && column.nullable && text === '') return null;
  return text;
}

/** The first message about `field` when `values` are checked as a whole entry of `entity`, or null. */
export function fieldError(entity: PeopleEntity, values: Record<string, unknown>, field: string): string | null {
  const parsed = entityFields(entity).safeParse(values);
  if (parsed.success) return null;
  return parsed.error.issues.find((issue) => issue.path[0] === field)?.message ?? null;
}

export const optionsOf = <K extends string>(labels: Record<K, string>): Option[] =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
