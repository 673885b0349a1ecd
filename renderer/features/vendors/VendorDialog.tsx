import { useState } from 'react';
import { PRICING_MODEL_LABELS, PRICING_MODELS } from '../../../shared/rules/scoring/tco';
import { OFFERING_LABELS, OFFERING_TYPES, VendorFields, type Vendor } from '../../../shared/schemas/vendors';
import { Field } from '../../components/Field';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';

type Key = keyof VendorFields;
const MONEY: { key: 'seatPerMonth' | 'usagePerUserMonth' | 'annualFixed' | 'oneOff'; label: string }[] = [
  { key: 'seatPerMonth', label: 'Seat price per user per month' },
  { key: 'usagePerUserMonth', label: 'Expected usage per user per month' },
  { key: 'annualFixed', label: 'Fixed fees per year (platform, support)' },
  { key: 'oneOff', label: 'One-off set-up and integration' },
];
const EMPTY: VendorFields = {
  name: '', offeringType: 'general', description: '', pricingModel: 'seat', seatPerMonth: 0, usagePerUserMonth: 0, annualFixed: 0, oneOff: 0,
  certifications: '', vulnerabilities: '', regulatoryNotes: '', contact: '', documents: [],
};

/** Documents as "Title | https://…" lines: quick to type, and every line is validated as a web address. */
const toLines = (docs: VendorFields['documents']) => docs.map((d) => `${d.title} | ${d.url}`).join('\n');
function fromLines(text: string): VendorFields['documents'] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((line) => {
    const [title, ...rest] = line.split('|');
    const url = rest.join('|').trim();
    return url ? { title: (title ?? '').trim(), url } : { title: line, url: line };
  });
}

export function VendorDialog({ vendor, currency, onClose }: { vendor: Vendor | null; currency: string; onClose(): void }) {
  const mutate = useRollout((s) => s.mutate);
  const initial = vendor ? { ...vendor } : EMPTY;
  const [fields, setFields] = useState<VendorFields>(initial);
  const [money, setMoney] = useState(() => Object.fromEntries(MONEY.map(({ key }) => [key, String(initial[key] / 100)])));
  const [docs, setDocs] = useState(toLines(initial.documents));
  const [errors, setErrors] = useState<FieldErrors<Key>>({});
  const set = <K extends Key>(key: K, value: VendorFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  async function save() {
    const candidate = { ...fields, documents: fromLines(docs), ...Object.fromEntries(MONEY.map(({ key }) => [key, Math.round(Number(money[key] || 0) * 100)])) };
    const parsed = VendorFields.safeParse(candidate);
    if (!parsed.success) return setErrors(zodFieldErrors<Key>(parsed.error));
    try {
      await mutate((api) => (vendor ? api.invoke('vendors.updateVendor', { id: vendor.id, patch: parsed.data }) : api.invoke('vendors.createVendor', { fields: parsed.data })));
      onClose();
    } catch (failure) {
      setErrors(apiFieldErrors<Key>(failure, vendor ? ['patch'] : ['fields']));
    }
  }

  const text = (key: 'name' | 'certifications' | 'contact', label: string) => (
    <Field label={label} error={errors[key]}>
      {(control) => <input {...control} type="text" value={fields[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  const area = (key: 'description' | 'vulnerabilities' | 'regulatoryNotes', label: string, hint?: string) => (
    <Field label={label} error={errors[key]} hint={hint}>
      {(control) => <textarea {...control} rows={3} value={fields[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} wide title={vendor ? `Edit ${vendor.name}` : 'Add a vendor or product'}
      description="What the vendor offers, what it costs, and what it disclosed. Prices feed the three-year cost of ownership.">
      <form className="form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {text('name', 'Name')}
        <div className="form__row">
          <Field label="Offering" error={errors.offeringType}>
            {(control) => (
              <select {...control} value={fields.offeringType} onChange={(e) => set('offeringType', e.target.value as VendorFields['offeringType'])}>
                {OFFERING_TYPES.map((t) => <option key={t} value={t}>{OFFERING_LABELS[t]}</option>)}
              </select>
            )}
          </Field>
          <Field label="Pricing model" error={errors.pricingModel}>
            {(control) => (
              <select {...control} value={fields.pricingModel} onChange={(e) => set('pricingModel', e.target.value as VendorFields['pricingModel'])}>
                {PRICING_MODELS.map((m) => <option key={m} value={m}>{PRICING_MODEL_LABELS[m]}</option>)}
              </select>
            )}
          </Field>
        </div>
        {area('description', 'Description')}
        <div className="form__row">
          {MONEY.map(({ key, label }) => (
            <Field key={key} label={`${label} (${currency})`} error={errors[key]}>
              {(control) => <input {...control} type="number" min={0} step="0.01" value={money[key]} onChange={(e) => setMoney((m) => ({ ...m, [key]: e.target.value }))} />}
            </Field>
          ))}
        </div>
        {text('certifications', 'Certifications')}
        {area('vulnerabilities', 'Known vulnerabilities and security issues disclosed', 'Ask every vendor; "none disclosed" is an answer worth recording.')}
        {area('regulatoryNotes', 'Regulatory notes', 'Government regulation, industry standards, internal policies.')}
        {text('contact', 'Contact')}
        <Field label="Documents" error={errors.documents} hint="One per line: Title | https://address">
          {(control) => <textarea {...control} rows={3} value={docs} onChange={(e) => setDocs(e.target.value)} />}
        </Field>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary">{vendor ? 'Save vendor' : 'Add vendor'}</button>
        </div>
      </form>
    </Modal>
  );
}
