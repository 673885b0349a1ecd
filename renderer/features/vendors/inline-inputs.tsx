import { useState } from 'react';
import { ApiError } from '../../../shared/errors';
import { Field } from '../../components/Field';
import { StableInput } from '../../components/StableInput';

function message(failure: unknown): string {
  return failure instanceof ApiError ? (failure.issues[0]?.message ?? failure.message) : 'Could not save';
}

interface InlineProps<T> {
  label: string;
  value: T;
  onCommit(value: T): Promise<unknown>;
  /** Returns a message when the draft is not acceptable. */
  validate?(value: T): string | null;
  compact?: boolean;
}

/** A text field that saves on blur or Enter: one change, one undo step. */
export function InlineText({ label, value, onCommit, validate, compact = true, multiline }: InlineProps<string> & { multiline?: boolean }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function commit() {
    if (draft === null || draft === value) return setDraft(null);
    const problem = validate?.(draft) ?? null;
    setError(problem);
    if (problem) return;
    try {
      await onCommit(draft);
      setDraft(null);
    } catch (failure) {
      setError(message(failure));
    }
  }
  return (
    <Field label={label} error={error} className={compact ? 'field--compact field--inline' : undefined}>
      {(control) =>
        multiline ? (
          <textarea {...control} rows={3} value={draft ?? value} onChange={(e) => setDraft(e.target.value)} onBlur={() => void commit()} />
        ) : (
          <StableInput {...control} type="text" value={draft ?? value} onChange={(e) => setDraft(e.target.value)} onBlur={() => void commit()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void commit();
              }
            }} />
        )
      }
    </Field>
  );
}

/** A number field that saves on blur or Enter, within [min, max]. */
export function InlineNumber({ label, value, onCommit, min, max, step = 1, compact = true, suffix }: InlineProps<number> & { min: number; max: number; step?: number; suffix?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function commit() {
    if (draft === null) return;
    const n = Number(draft.trim());
    if (draft.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      setError(`Enter a number from ${min} to ${max}`);
      return;
    }
    setError(null);
    if (n === value) return setDraft(null);
    try {
      await onCommit(n);
      setDraft(null);
    } catch (failure) {
      setError(message(failure));
    }
  }
  return (
    <Field label={label} error={error} className={compact ? 'field--compact field--inline' : undefined}>
      {(control) => (
        <span className="number-input">
          <StableInput {...control} type="number" inputMode="decimal" min={min} max={max} step={step} value={draft ?? String(value)}
            onChange={(e) => setDraft(e.target.value)} onBlur={() => void commit()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void commit();
              }
            }} />
          {suffix ? <span aria-hidden="true">{suffix}</span> : null}
        </span>
      )}
    </Field>
  );
}

export { message as failureMessage };
