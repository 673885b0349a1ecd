import { useState } from 'react';
import { ApiError } from '../../../shared/errors';
import { Field } from '../Field';
import { FieldControl } from './FieldControl';
import { fromInput, toInput, type FieldDef } from './record-fields';

interface InlineCellProps {
  field: FieldDef;
  value: unknown;
  /** Read out with the control, e.g. "Severity of 'Slow answers'". */
  label: string;
  onCommit(value: unknown): Promise<unknown>;
}

/** Edits one field in place: commits on blur, Enter or a choice, cancels on Escape, shows the message under itself. */
export function InlineCell({ field, value, label, onCommit }: InlineCellProps) {
  const [draft, setDraft] = useState<string | boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? toInput(field, value);

  async function commit(next: string | boolean = shown) {
    const parsed = fromInput(field, next);
    if ('error' in parsed) return setError(parsed.error);
    if (parsed.value === value) {
      setDraft(null);
      setError(null);
      return;
    }
    try {
      await onCommit(parsed.value);
      setDraft(null);
      setError(null);
    } catch (failure) {
      setError(failure instanceof ApiError ? (failure.issues[0]?.message ?? failure.message) : 'Could not save');
    }
  }

  return (
    <Field label={label} error={error} className="field--compact field--inline">
      {(control) => (
        <FieldControl field={field} control={control} value={shown} onChange={setDraft}
          onCommit={(next) => void commit(next)}
          onCancel={() => {
            setDraft(null);
            setError(null);
          }} />
      )}
    </Field>
  );
}
