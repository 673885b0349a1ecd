import { useState, type FormEvent } from 'react';
import type { Baseline } from '../../../shared/schemas/timeline';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { formatTimestamp } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';
import { apiFieldErrors } from '../../components/form-errors';

interface BaselineControlsProps {
  baselines: readonly Baseline[];
  baselineId: string | null;
  onChoose(id: string | null): void;
}

/** Choose the baseline the chart compares with (grey bars under the current ones), save a new one, or delete the chosen one. */
export function BaselineControls({ baselines, baselineId, onChoose }: BaselineControlsProps) {
  const mutate = useRollout((s) => s.mutate);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = baselines.find((b) => b.id === baselineId) ?? null;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Give the baseline a name, e.g. "Approved plan"');
      return;
    }
    try {
      const baseline = await mutate((api) => api.invoke('baselines.save', { name: name.trim() }));
      onChoose(baseline.id);
      setSaving(false);
      setName('');
      setError(null);
    } catch (failure) {
      setError(apiFieldErrors<'name'>(failure, []).name ?? (failure instanceof Error ? failure.message : 'Not saved'));
    }
  }

  return (
    <div className="baseline-controls">
      <label className="baseline-controls__label" htmlFor="timeline-baseline">Compare with</label>
      <select id="timeline-baseline" value={baselineId ?? ''} onChange={(e) => onChoose(e.target.value || null)}>
        <option value="">No baseline</option>
        {baselines.map((b) => (
          <option key={b.id} value={b.id}>{`${b.name} (${formatTimestamp(b.savedAt)})`}</option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={() => setSaving(true)}>Save baseline…</button>
      {chosen ? (
        <button type="button" className="button button--small button--quiet" onClick={() => void mutate((api) => api.invoke('baselines.delete', { id: chosen.id })).then(() => onChoose(null))}>
          Delete baseline
        </button>
      ) : null}
      <Modal open={saving} onOpenChange={setSaving} title="Save baseline" description="Keeps today's dates of every task, so later changes show as variance against them.">
        <form className="form" onSubmit={(e) => void save(e)} noValidate>
          <Field label="Name" error={error}>
            {(control) => <input {...control} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary">Save baseline</button>
            <button type="button" className="button" onClick={() => setSaving(false)}>Cancel</button>
          </div>
        </form>
      </Modal>
    </div>
  );
}
