import { useState } from 'react';
import type { StepSummary } from '../../../shared/rules/step-status';
import { STEP_STATUS_LABELS, STEP_STATUSES, type StepStatus } from '../../../shared/schemas/step';
import { ApiError } from '../../../shared/errors';
import { Field } from '../../components/Field';
import { StatusBadge } from '../../components/StatusBadge';
import { useRollout } from '../../state/RolloutProvider';

const COMPUTED = 'computed';
const REASON_REQUIRED = 'Say why the status is overridden';

/**
 * The computed status stays visible next to an override, so nobody mistakes a manual "Done" for measured progress.
 * An override is only saved together with its reason.
 */
export function StepStatusEditor({ summary }: { summary: StepSummary }) {
  const mutate = useRollout((s) => s.mutate);
  const [override, setOverride] = useState<StepStatus | null>(summary.statusOverride);
  const [reason, setReason] = useState(summary.overrideReason);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const savedSignature = `${summary.key}|${summary.statusOverride ?? ''}|${summary.overrideReason}`;
  const [draftBase, setDraftBase] = useState(savedSignature);

  // When the file changes (an edit, undo or redo) the draft starts again from what the file holds.
  if (draftBase !== savedSignature) {
    setDraftBase(savedSignature);
    setOverride(summary.statusOverride);
    setReason(summary.overrideReason);
    setReasonError(null);
  }

  async function save(nextOverride: StepStatus | null, nextReason: string) {
    if (nextOverride && nextReason.trim() === '') {
      setReasonError(REASON_REQUIRED);
      return;
    }
    const patch = nextOverride ? { statusOverride: nextOverride, overrideReason: nextReason.trim() } : { statusOverride: null, overrideReason: '' };
    if (patch.statusOverride === summary.statusOverride && patch.overrideReason === summary.overrideReason) return;
    setReasonError(null);
    try {
      await mutate((api) => api.invoke('steps.update', { key: summary.key, patch }));
    } catch (failure) {
      setReasonError(failure instanceof ApiError ? (failure.issues[0]?.message ?? failure.message) : 'Could not save the status');
    }
  }

  return (
    <section className="card" aria-labelledby="step-status">
      <h2 id="step-status">Status</h2>
      <p className="status-line">
        Shown as <StatusBadge status={summary.status} />
        {summary.statusOverride ? (
          <span className="muted"> (set by hand; computed from the tasks: {STEP_STATUS_LABELS[summary.computedStatus]})</span>
        ) : (
          <span className="muted"> (computed from the tasks)</span>
        )}
      </p>
      <Field label="Status override">
        {(control) => (
          <select {...control} value={override ?? COMPUTED}
            onChange={(e) => {
              const next = e.target.value === COMPUTED ? null : (e.target.value as StepStatus);
              setOverride(next);
              void save(next, reason);
            }}>
            <option value={COMPUTED}>Use computed status</option>
            {STEP_STATUSES.map((status) => (
              <option key={status} value={status}>{STEP_STATUS_LABELS[status]}</option>
            ))}
          </select>
        )}
      </Field>
      {override ? (
        <Field label="Reason for the override" error={reasonError} hint="Required: the team sees why the status differs from the tasks.">
          {(control) => (
            <textarea {...control} rows={3} value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim()) setReasonError(null);
              }}
              onBlur={() => void save(override, reason)} />
          )}
        </Field>
      ) : null}
    </section>
  );
}
