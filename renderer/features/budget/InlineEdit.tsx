import { useState } from 'react';
import { ApiError } from '../../../shared/errors';
import { Field } from '../../components/Field';
import { StableInput } from '../../components/StableInput';
import { errorMessage } from '../../state/save-state';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

interface InlineEditProps<T> {
  /** Read out with the control; hidden visually in the table. */
  label: string;
  /** The text the control shows when not being edited. */
  text: string;
  kind?: 'text' | 'month' | 'select' | 'number';
  options?: readonly { value: string; label: string }[];
  parse(text: string): Parsed<T>;
  onCommit(value: T): Promise<unknown>;
  className?: string;
  /** The field of the API patch, to pick the server's message for it. */
  field: string;
}

/** The server's message for this field (or its first), for a failed edit. */
export function fieldMessage(error: unknown, field: string): string {
  if (error instanceof ApiError && error.issues.length > 0) {
    return (error.issues.find((i) => i.path.includes(field)) ?? error.issues[0])?.message ?? error.message;
  }
  return errorMessage(error);
}

/** One cell of an editable table: commits on blur, Enter or a choice; Escape restores; errors sit under the control. */
export function InlineEdit<T>({ label, text, kind = 'text', options, parse, onCommit, className, field }: InlineEditProps<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? text;

  async function commit(next: string) {
    if (next === text) {
      setDraft(null);
      setError(null);
      return;
    }
    const parsed = parse(next);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    try {
      await onCommit(parsed.value);
      setDraft(null);
      setError(null);
    } catch (failure) {
      setError(fieldMessage(failure, field));
    }
  }

  const keys = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit(value);
    }
    if (event.key === 'Escape' && draft !== null) {
      setDraft(null);
      setError(null);
    }
  };

  return (
    <Field label={label} error={error} className={['field--compact', 'inline-edit', className ?? ''].join(' ')}>
      {(control) =>
        kind === 'select' ? (
          <select {...control} value={value} onChange={(e) => {
            setDraft(e.target.value);
            void commit(e.target.value);
          }}>
            {options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        ) : (
          <StableInput {...control} type="text" inputMode={kind === 'number' ? 'decimal' : undefined} placeholder={kind === 'month' ? 'YYYY-MM' : undefined}
            className={kind === 'month' ? 'inline-edit__month' : undefined}
            value={value} onChange={(e) => setDraft(e.target.value)} onBlur={() => void commit(value)} onKeyDown={keys} />
        )
      }
    </Field>
  );
}
