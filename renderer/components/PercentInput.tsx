import { useState } from 'react';
import { Task } from '../../shared/schemas/task';
import { ApiError } from '../../shared/errors';
import { Field } from './Field';

interface PercentInputProps {
  label: string;
  value: number;
  onCommit(value: number): Promise<unknown>;
  /** Visually hide the label in dense tables; it is still read out. */
  compact?: boolean;
}

const PercentSchema = Task.shape.percentComplete;

/** Commits on blur or Enter, only when the value is a whole number from 0 to 100 and actually changed. */
export function PercentInput({ label, value, onCommit, compact }: PercentInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = draft ?? String(value);

  async function commit() {
    if (draft === null) return;
    const trimmed = draft.trim();
    const parsed = PercentSchema.safeParse(trimmed === '' ? Number.NaN : Number(trimmed));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue && issue.code !== 'invalid_type' && issue.message ? issue.message : 'Enter a whole number from 0 to 100');
      return;
    }
    setError(null);
    if (parsed.data === value) {
      setDraft(null);
      return;
    }
    try {
      await onCommit(parsed.data);
      setDraft(null);
    } catch (failure) {
      setError(failure instanceof ApiError ? (failure.issues[0]?.message ?? failure.message) : 'Could not save');
    }
  }

  return (
    <Field label={label} error={error} className={compact ? 'field--compact' : undefined}>
      {(control) => (
        <span className="percent-input">
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={text}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => void commit()}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void commit();
              }
              if (event.key === 'Escape' && draft !== null) {
                setDraft(null);
                setError(null);
              }
            }}
          />
          <span aria-hidden="true">%</span>
        </span>
      )}
    </Field>
  );
}
