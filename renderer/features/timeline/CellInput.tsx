import { useId, useState } from 'react';
import { ApiError } from '../../../shared/errors';

interface CellInputProps {
  label: string;
  value: string;
  type?: 'text' | 'number' | 'date';
  /** Checks the draft before saving; returns a message for the person, or null when it is fine. */
  check?(draft: string): string | null;
  onCommit(draft: string): Promise<unknown>;
  className?: string;
  min?: number;
  max?: number;
}

/**
 * An input inside a table cell: saves on Enter or when focus leaves, Escape puts the value back.
 * A refusal (from the check or the backend) stays next to the cell and is read with it.
 */
export function CellInput({ label, value, type = 'text', check, onCommit, className, min, max }: CellInputProps) {
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function commit() {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const problem = check?.(draft) ?? null;
    if (problem) {
      setError(problem);
      return;
    }
    try {
      await onCommit(draft);
      setDraft(null);
      setError(null);
    } catch (failure) {
      setError(failure instanceof ApiError ? (failure.issues[0]?.message ?? failure.message) : 'Could not save');
    }
  }

  return (
    <span className={['cell-input', error ? 'cell-input--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <input
        type={type}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={draft ?? value}
        min={min}
        max={max}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          }
          if (event.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error ? (
        <span className="cell-input__error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
