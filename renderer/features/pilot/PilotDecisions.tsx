import { useState } from 'react';
import type { PilotSummary } from '../../../shared/rules/pilot';
import { PILOT_OUTCOME_LABELS, PILOT_OUTCOMES, type PilotDecision, type PilotOutcome } from '../../../shared/schemas/pilot';
import { formatPlanDate, formatTimestamp } from '../../components/format';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { apiFieldErrors } from '../../components/form-errors';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';
import { PersonPicker, pickerHint, type Person } from '../operations/PersonPicker';
import { Pill } from '../operations/Pill';
import { Section } from '../operations/Section';
import { todayIso } from '../operations/today';

const TONE = { proceed: 'good', extend: 'warn', stop: 'bad' } as const;

function DecisionDialog({ onClose }: { onClose(): void }) {
  const mutate = useRollout((s) => s.mutate);
  const { data: people } = useProjectQuery('ops.people', {});
  const [outcome, setOutcome] = useState<PilotOutcome>('proceed');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [person, setPerson] = useState<Person>({ memberId: null, name: '' });
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    try {
      await mutate((api) => api.invoke('pilot.decide', { decision: { outcome, decidedOn, decidedBy: person, rationale } }));
      onClose();
    } catch (failure) {
      setErrors(apiFieldErrors<string>(failure, ['decision']) as Record<string, string>);
    }
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title="Record the pilot decision"
      description="A recorded decision is kept as it is; to change course, record a new decision. Both stay in the log and the audit trail.">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="choice-group">
          <legend className="field__label">Decision</legend>
          {PILOT_OUTCOMES.map((o) => (
            <label key={o} className="choice">
              <input type="radio" name="pilot-outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              {PILOT_OUTCOME_LABELS[o]}
            </label>
          ))}
        </fieldset>
        <div className="form__row">
          <Field label="Decided on" error={errors.decidedOn}>
            {(control) => <input {...control} type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
          </Field>
          <Field label="Decided by" error={errors.decidedBy} hint={pickerHint(people)}>
            {(control) => <PersonPicker people={people} value={person} onChange={setPerson} control={control} />}
          </Field>
        </div>
        <Field label="Rationale" error={errors.rationale} className="field--wide">
          {(control) => <textarea {...control} rows={4} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
        </Field>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary">Record decision</button>
        </div>
      </form>
    </Modal>
  );
}

export function PilotDecisions({ decisions, summary }: { decisions: PilotDecision[]; summary: PilotSummary }) {
  const [open, setOpen] = useState(false);
  return (
    <Section title="Pilot decision"
      lead={summary.readyToDecide ? 'Every exit criterion is measured and no high-severity finding is open: the pilot is ready for a decision.' : 'Decide once every exit criterion is measured and no high-severity finding is open.'}
      actions={<button type="button" className="button button--primary" onClick={() => setOpen(true)}>Record decision…</button>}>
      {decisions.length === 0 ? (
        <div className="empty-state"><p>No decision recorded yet. When the pilot ends, someone with the go/no-go right decides to proceed, extend or stop.</p></div>
      ) : (
        <ol className="decision-log">
          {decisions.map((d, index) => (
            <li key={d.id} className={index === 0 ? 'decision decision--current' : 'decision decision--superseded'}>
              <div className="decision__head">
                <Pill tone={TONE[d.outcome]}>{PILOT_OUTCOME_LABELS[d.outcome]}</Pill>
                <span>{formatPlanDate(d.decidedOn)} · decided by {d.decidedByName}</span>
                {index === 0 ? <span className="muted">In force</span> : <span className="muted">Superseded</span>}
              </div>
              <p className="decision__rationale">{d.rationale}</p>
              <p className="muted decision__meta">Recorded {formatTimestamp(d.recordedAt)} by {d.recordedBy}</p>
            </li>
          ))}
        </ol>
      )}
      {open ? <DecisionDialog onClose={() => setOpen(false)} /> : null}
    </Section>
  );
}
