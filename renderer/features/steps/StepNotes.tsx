import { useState } from 'react';
import type { StepKey } from '../../../shared/steps';
import { ApiError } from '../../../shared/errors';
import { Field } from '../../components/Field';
import { useRollout } from '../../state/RolloutProvider';

/** Saved on blur, so a paragraph of typing is one undo step rather than one per keystroke. */
export function StepNotes({ stepKey, notes }: { stepKey: StepKey; notes: string }) {
  const mutate = useRollout((s) => s.mutate);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function commit() {
    if (draft === null || draft === notes) {
      setDraft(null);
      return;
    }
    try {
      await mutate((api) => api.invoke('steps.update', { key: stepKey, patch: { notes: draft } }));
      setDraft(null);
      setError(null);
    } catch (failure) {
      setError(failure instanceof ApiError ? (failure.issues[0]?.message ?? failure.message) : 'Could not save the notes');
    }
  }

  return (
    <section className="card" aria-labelledby={`notes-${stepKey}`}>
      <h2 id={`notes-${stepKey}`}>Notes</h2>
      <Field label="Notes for this step" error={error} hint="Decisions, open questions, links. Saved when you leave the field.">
        {(control) => (
          <textarea {...control} rows={6} value={draft ?? notes}
            onChange={(e) => setDraft(e.target.value)} onBlur={() => void commit()} />
        )}
      </Field>
    </section>
  );
}
