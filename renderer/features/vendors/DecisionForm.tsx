import { memo, useState } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import { DecisionFields } from '../../../shared/schemas/vendors';
import { Field } from '../../components/Field';
import { StableInput } from '../../components/StableInput';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { formatPlanDate } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';

type Key = keyof DecisionFields;
const today = () => new Date().toISOString().slice(0, 10);

/** The decision record: chosen vendor, why, who disagreed, who decided. Kept in the audit trail as a decision. */
export const DecisionForm = memo(function DecisionForm({ decision: d, vendors, suggested }: { decision: VendorEvaluation['decision']; vendors: VendorEvaluation['vendors']; suggested: string | null }) {
  const mutate = useRollout((s) => s.mutate);
  const [fields, setFields] = useState({
    chosenVendorId: d.chosenVendorId ?? suggested ?? '', rationale: d.rationale, dissent: d.dissent, decidedBy: d.decidedBy, decidedOn: d.decidedOn ?? today(),
  });
  const [errors, setErrors] = useState<FieldErrors<Key>>({});
  const set = (key: Key, value: string) => setFields((f) => ({ ...f, [key]: value }));

  async function record() {
    const parsed = DecisionFields.safeParse(fields);
    if (!parsed.success) return setErrors(zodFieldErrors<Key>(parsed.error));
    setErrors({});
    try {
      await mutate((api) => api.invoke('vendors.recordDecision', { fields: parsed.data }));
    } catch (failure) {
      setErrors(apiFieldErrors<Key>(failure, ['fields']));
    }
  }

  return (
    <form className="form decision-form" aria-label="Decision record" onSubmit={(e) => { e.preventDefault(); void record(); }}>
      {d.chosenVendorId ? (
        <p className="callout" role="status">Decision recorded in the audit trail: <strong>{vendors.find((v) => v.id === d.chosenVendorId)?.name}</strong> by {d.decidedBy} on {d.decidedOn ? formatPlanDate(d.decidedOn) : ''}.</p>
      ) : null}
      <Field label="Chosen vendor" error={errors.chosenVendorId ? 'Choose the vendor' : null}>
        {(control) => (
          <select {...control} value={fields.chosenVendorId} onChange={(e) => set('chosenVendorId', e.target.value)}>
            <option value="">Choose…</option>
            {vendors.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </select>
        )}
      </Field>
      <Field label="Rationale" error={errors.rationale}>{(control) => <textarea {...control} rows={3} value={fields.rationale} onChange={(e) => set('rationale', e.target.value)} />}</Field>
      <Field label="Dissent noted" error={errors.dissent} hint="Who disagreed and why; a defensible decision records it.">
        {(control) => <textarea {...control} rows={2} value={fields.dissent} onChange={(e) => set('dissent', e.target.value)} />}
      </Field>
      <div className="form__row">
        <Field label="Decided by" error={errors.decidedBy}>{(control) => <StableInput {...control} type="text" value={fields.decidedBy} onChange={(e) => set('decidedBy', e.target.value)} />}</Field>
        <Field label="Date" error={errors.decidedOn}>{(control) => <StableInput {...control} type="date" value={fields.decidedOn} onChange={(e) => set('decidedOn', e.target.value)} />}</Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">Record decision</button>
      </div>
    </form>
  );
});
