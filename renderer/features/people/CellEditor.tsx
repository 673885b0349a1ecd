import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { PeopleEntity, PeopleUpdateInput } from '../../../shared/api/methods/people';
import { ApiError } from '../../../shared/errors';
import { Field } from '../../components/Field';
import { useRollout } from '../../state/RolloutProvider';
import { fieldError, parseDraft, type Column, type Row } from './columns';
import { MultiSelect } from './MultiSelect';

interface CellEditorProps<T extends Row> {
  entity: PeopleEntity;
  column: Column<T>;
  row: T;
  /** Names the row in the field's label ("Availability, Ana Ruiz"). */
  rowName: string;
  /** In a row's details the label is shown; in a table cell it is only read out. */
  showLabel?: boolean;
}

const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/**
 * Edits one field of one entry in place. Text commits on blur or Enter (one undo step per field, not per key);
 * choices commit at once. The message appears under the field, checked here first and by the backend again.
 */
export function CellEditor<T extends Row>({ entity, column, row, rowName, showLabel }: CellEditorProps<T>) {
  const mutate = useRollout((s) => s.mutate);
  const saved = row[column.key];
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = showLabel ? column.label : `${column.label}, ${rowName}`;
  const fieldClass = showLabel ? 'field--detail' : 'field--compact field--cell';

  async function commit(value: unknown) {
    const problem = fieldError(entity, { ...row, [column.key]: value }, column.key);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    if (JSON.stringify(value) === JSON.stringify(saved)) {
      setDraft(null);
      return;
    }
    try {
      const input = { entity, id: row.id, patch: { [column.key]: value } } as PeopleUpdateInput;
      await mutate((api) => api.invoke('people.update', input));
      setDraft(null);
    } catch (failure) {
      setError(failure instanceof ApiError ? (failure.issues.find((i) => i.path[1] === column.key)?.message ?? failure.message) : 'Could not save');
    }
  }

  const commitDraft = () => (draft === null ? undefined : void commit(parseDraft(column, draft)));
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && column.kind !== 'textarea') {
      event.preventDefault();
      commitDraft();
    }
    if (event.key === 'Escape' && draft !== null) {
      setDraft(null);
      setError(null);
    }
  };

  if (column.kind === 'multi') {
    const errorId = `multi-${row.id}-${column.key}-error`;
    return (
      <div className={fieldClass}>
        <MultiSelect compact={!showLabel} label={label} options={column.options ?? []} value={(saved as string[]) ?? []}
          invalid={error !== null} describedBy={error ? errorId : undefined} onChange={(next) => void commit(next)} />
        {error ? <p className="field__error" id={errorId}>{error}</p> : null}
      </div>
    );
  }

  return (
    <Field label={label} error={error} hint={showLabel ? column.hint : undefined} className={fieldClass}>
      {(control) => {
        if (column.kind === 'checkbox') {
          return <input {...control} type="checkbox" checked={saved === true} onChange={(e) => void commit(e.target.checked)} />;
        }
        if (column.kind === 'select') {
          return (
            <select {...control} value={asText(saved)} onChange={(e) => void commit(parseDraft(column, e.target.value))}>
              {column.nullable ? <option value="">{column.emptyLabel ?? '—'}</option> : null}
              {(column.options ?? []).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          );
        }
        const common = {
          ...control,
          value: draft ?? asText(saved),
          onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
          onBlur: commitDraft,
          onKeyDown: keys,
        };
        if (column.kind === 'textarea') return <textarea {...common} rows={showLabel ? 3 : 2} />;
        if (column.kind === 'number') {
          return (
            <span className="number-input">
              <input {...common} type="number" inputMode="numeric" step={1} />
              {column.unit ? <span aria-hidden="true">{column.unit}</span> : null}
            </span>
          );
        }
        return <input {...common} type={column.kind === 'date' ? 'date' : column.kind === 'time' ? 'time' : 'text'} />;
      }}
    </Field>
  );
}
