import type { CollectionKey } from '../../../shared/schemas/operations';

export interface Option {
  value: string;
  label: string;
  /** Options with a group are shown in an optgroup of that name. */
  group?: string;
}

export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'select' | 'checkbox';

/** One editable field of a record, as forms and table cells show it. */
export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  options?: readonly Option[];
  /** Empty input means "none" (null) rather than an error. */
  nullable?: boolean;
  hint?: string;
  /** A number input's step (decimals allowed by default). */
  step?: number;
}

export interface RecordLike {
  id: string;
}

/** A record's field by name (records are plain API objects). */
export function valueOf(record: RecordLike, key: string): unknown {
  return (record as unknown as Record<string, unknown>)[key];
}

/** What a control shows for a stored value. */
export function toInput(field: FieldDef, value: unknown): string | boolean {
  if (field.kind === 'checkbox') return value === true;
  if (value === null || value === undefined) return '';
  return String(value);
}

/** What the API receives for a control's text; a message when the text cannot be a value of the field. */
export function fromInput(field: FieldDef, input: string | boolean): { value: unknown } | { error: string } {
  if (field.kind === 'checkbox') return { value: input === true };
  const text = String(input);
  if (field.kind === 'number') {
    if (text.trim() === '') return field.nullable ? { value: null } : { error: 'Enter a number' };
    const number = Number(text);
    return Number.isFinite(number) ? { value: number } : { error: 'Enter a number' };
  }
  if (field.kind === 'date' || (field.kind === 'select' && field.nullable)) return { value: text === '' ? null : text };
  return { value: text };
}

export function optionLabel(field: FieldDef, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  return field.options?.find((o) => o.value === value)?.label ?? String(value);
}

export function blankValues(fields: readonly FieldDef[], defaults: Record<string, unknown> = {}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.key in defaults) values[field.key] = defaults[field.key];
    else if (field.kind === 'checkbox') values[field.key] = false;
    else if (field.kind === 'select') values[field.key] = field.nullable ? null : (field.options?.[0]?.value ?? '');
    else if (field.kind === 'number' || field.kind === 'date') values[field.key] = null;
    else values[field.key] = '';
  }
  return values;
}

export type { CollectionKey };
