import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/errors';
import { DEPENDENCY_TYPES, DEPENDENCY_TYPE_LABELS, type DependencyType } from '../../../shared/schemas/task';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';
import type { TimelineRow } from './timeline-rows';

interface DependencyDialogProps {
  successor: TimelineRow;
  /** Every row of the plan (not only those in view), to choose the predecessor from. */
  candidates: readonly TimelineRow[];
  onClose(): void;
}

/** Predecessor, type and lag; a refused link (a loop, a duplicate) shows its reason here and nothing is saved. */
export function DependencyDialog({ successor, candidates, onClose }: DependencyDialogProps) {
  const mutate = useRollout((s) => s.mutate);
  const choices = candidates.filter((r) => !r.isGroup && r.task.id !== successor.task.id);
  const [predecessorId, setPredecessorId] = useState('');
  const [type, setType] = useState<DependencyType>('FS');
  const [lag, setLag] = useState('0');
  const [errors, setErrors] = useState<{ predecessorId?: string; lag?: string; form?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const lagDays = Number(lag);
    const found: typeof errors = {};
    if (!predecessorId) found.predecessorId = 'Choose the task this one waits for';
    if (lag.trim() === '' || !Number.isInteger(lagDays) || Math.abs(lagDays) > 3_650) found.lag = 'Whole working days, negative for an overlap';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await mutate((api) => api.invoke('dependencies.add', { predecessorId, successorId: successor.task.id, type, lagDays }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues[0]?.path[0] === 'predecessorId') setErrors({ predecessorId: error.issues[0].message });
      else setErrors({ form: error instanceof Error ? error.message : 'The dependency could not be added' });
    }
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title="Add dependency" description={`Make "${successor.task.name}" wait for another task.`}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        {errors.form ? <ErrorAlert title="Not added">{errors.form}</ErrorAlert> : null}
        <Field label="Predecessor" error={errors.predecessorId}>
          {(control) => (
            <select {...control} value={predecessorId} onChange={(e) => setPredecessorId(e.target.value)}>
              <option value="">Choose a task…</option>
              {choices.map((r) => (
                <option key={r.task.id} value={r.task.id}>{`${r.wbs} ${r.task.name}`}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Type">
          {(control) => (
            <select {...control} value={type} onChange={(e) => setType(e.target.value as DependencyType)}>
              {DEPENDENCY_TYPES.map((t) => (
                <option key={t} value={t}>{`${DEPENDENCY_TYPE_LABELS[t]} (${t})`}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Lag (working days)" error={errors.lag} hint="Negative to overlap: -2 starts two working days before the predecessor finishes.">
          {(control) => <input {...control} type="number" step={1} value={lag} onChange={(e) => setLag(e.target.value)} />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary">Add dependency</button>
          <button type="button" className="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Modal>
  );
}
