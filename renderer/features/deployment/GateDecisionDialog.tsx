import { useState } from 'react';
import { GATE_OUTCOME_LABELS, GATE_OUTCOMES, type GateOutcome, type Wave } from '../../../shared/schemas/deployment';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { apiFieldErrors } from '../../components/form-errors';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';
import { deciders } from '../operations/PersonPicker';
import { todayIso } from '../operations/today';

/** Records the gate's decision with the sign-offs of the people holding the go/no-go right. */
export function GateDecisionDialog({ wave, criteriaOpen, onClose }: { wave: Wave; criteriaOpen: number; onClose(): void }) {
  const mutate = useRollout((s) => s.mutate);
  const { data: people } = useProjectQuery('ops.people', {});
  const members = deciders(people);
  const [outcome, setOutcome] = useState<GateOutcome>('go');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [rationale, setRationale] = useState('');
  const [signed, setSigned] = useState<string[]>([]);
  const [typedNames, setTypedNames] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const signOffs = members.length
    ? members.filter((m) => signed.includes(m.id)).map((m) => ({ memberId: m.id, name: m.name, signedOn: decidedOn }))
    : typedNames.split('\n').map((n) => n.trim()).filter(Boolean).map((name) => ({ memberId: null, name, signedOn: decidedOn }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    try {
      await mutate((api) => api.invoke('deployment.decideGate', { decision: { waveId: wave.id, outcome, decidedOn, rationale, signOffs } }));
      onClose();
    } catch (failure) {
      setErrors(apiFieldErrors<string>(failure, ['decision']) as Record<string, string>);
    }
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={`Go/no-go: ${wave.name}`}
      description="The decision and its sign-offs are recorded in the audit trail and cannot be edited afterwards; a later change is a new decision.">
      <form onSubmit={(e) => void submit(e)} noValidate>
        {criteriaOpen > 0 ? <p className="field__error">{criteriaOpen} gate criteri{criteriaOpen === 1 ? 'on is' : 'a are'} not met. Say in the rationale why the decision stands.</p> : null}
        <fieldset className="choice-group">
          <legend className="field__label">Decision</legend>
          {GATE_OUTCOMES.map((o) => (
            <label key={o} className="choice">
              <input type="radio" name="gate-outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              {GATE_OUTCOME_LABELS[o]}
            </label>
          ))}
        </fieldset>
        <Field label="Decided on" error={errors.decidedOn}>
          {(control) => <input {...control} type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
        </Field>
        {members.length ? (
          <fieldset className="choice-group" aria-describedby={errors.signOffs ? 'gate-signoff-error' : undefined}>
            <legend className="field__label">Signed off by (members with the go/no-go right)</legend>
            {members.map((m) => (
              <label key={m.id} className="choice">
                <input type="checkbox" checked={signed.includes(m.id)}
                  onChange={(e) => setSigned((s) => (e.target.checked ? [...s, m.id] : s.filter((id) => id !== m.id)))} />
                {m.name}
              </label>
            ))}
            {errors.signOffs ? <p className="field__error" id="gate-signoff-error">{errors.signOffs}</p> : null}
          </fieldset>
        ) : (
          <Field label="Signed off by" error={errors.signOffs} hint="One name per line. Nobody in the team (step 1) holds the go/no-go right yet, so names are typed." className="field--wide">
            {(control) => <textarea {...control} rows={3} value={typedNames} onChange={(e) => setTypedNames(e.target.value)} />}
          </Field>
        )}
        <Field label="Rationale" error={errors.rationale} className="field--wide">
          {(control) => <textarea {...control} rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
        </Field>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary">Sign and record</button>
        </div>
      </form>
    </Modal>
  );
}
