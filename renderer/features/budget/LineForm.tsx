import { useState } from 'react';
import type { BudgetView } from '../../../shared/api/methods/budget';
import { COST_CATEGORIES, COST_CATEGORY_LABELS, COST_TYPES, COST_TYPE_LABELS, type CostLineFields } from '../../../shared/schemas/budget';
import { STEPS } from '../../../shared/steps';
import { Field } from '../../components/Field';
import { apiFieldErrors, type FieldErrors } from '../../components/form-errors';
import { fieldMessage } from './InlineEdit';
import { readDraft, type LineDraft, type LineField } from './line-draft';

interface LineFormProps {
  budget: BudgetView;
  initial: LineDraft;
  submitLabel: string;
  /** The wrapper of the fields in the request, for the server's field paths: ['fields'] or ['patch']. */
  prefix: string[];
  onSubmit(fields: CostLineFields): Promise<unknown>;
  onCancel?(): void;
}

/** Every field of a cost line, with its links; used to add a line and to edit one in full. */
export function LineForm({ budget, initial, submitLabel, prefix, onSubmit, onCancel }: LineFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<LineField>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: LineField) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value }));
  const currencies = [budget.currency, ...budget.settings.exchangeRates.map((r) => r.currency)];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const { fields, errors: found } = readDraft(draft);
    setErrors(found);
    setFailure(null);
    if (!fields) return;
    setBusy(true);
    try {
      await onSubmit(fields);
    } catch (error) {
      const mapped = apiFieldErrors<LineField>(error, prefix);
      setErrors(mapped);
      if (Object.keys(mapped).length === 0) setFailure(fieldMessage(error, ''));
    } finally {
      setBusy(false);
    }
  }

  const text = (field: LineField, label: string, hint?: string, type = 'text') => (
    <Field label={label} error={errors[field]} hint={hint}>
      {(c) => <input {...c} type={type} value={draft[field]} onChange={set(field)} />}
    </Field>
  );
  const select = (field: LineField, label: string, options: { value: string; label: string }[], hint?: string) => (
    <Field label={label} error={errors[field]} hint={hint}>
      {(c) => (
        <select {...c} value={draft[field]} onChange={set(field)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
  const none = (label: string) => ({ value: '', label });

  return (
    <form className="form budget-line-form" onSubmit={(e) => void submit(e)} noValidate>
      {text('description', 'Description')}
      <div className="form__row">
        {select('category', 'Category', COST_CATEGORIES.map((c) => ({ value: c, label: COST_CATEGORY_LABELS[c] })))}
        {select('costType', 'Cost type', COST_TYPES.map((t) => ({ value: t, label: COST_TYPE_LABELS[t] })))}
      </div>
      <div className="form__row">
        {text('quantity', draft.costType === 'per_seat_month' ? 'Seats' : 'Quantity')}
        {text('unitCost', 'Unit cost', 'In the line currency, e.g. 12,500.00')}
        {select('currency', 'Currency', currencies.map((c) => ({ value: c, label: c })), 'Other currencies need a rate in the settings')}
      </div>
      <div className="form__row">
        {text('startMonth', 'Start month', undefined, 'month')}
        {text('endMonth', 'End month', undefined, 'month')}
        {select('scheduleFrom', 'Months from', [
          { value: 'line', label: 'These months' },
          { value: 'task', label: 'The linked task' },
          ...(budget.options.waves ? [{ value: 'wave', label: 'The linked wave' }] : []),
        ])}
      </div>
      <div className="form__row">
        {select('stepKey', 'Step', [none('No step'), ...STEPS.map((s) => ({ value: s.key, label: `${s.number}. ${s.title}` }))])}
        {select('taskId', 'Task', [none('No task'), ...budget.options.tasks.map((t) => ({ value: t.id, label: t.label }))])}
      </div>
      <div className="form__row">
        {budget.options.waves ? select('waveId', 'Wave', [none('No wave'), ...budget.options.waves.map((w) => ({ value: w.id, label: w.label }))]) : null}
        {budget.options.vendors ? select('vendorId', 'Vendor', [none('No vendor'), ...budget.options.vendors.map((v) => ({ value: v.id, label: v.label }))]) : null}
      </div>
      <div className="form__row">
        {text('committed', 'Committed', 'Signed orders and contracts')}
        {text('actual', 'Actual to date', 'Invoiced or spent so far')}
      </div>
      {text('notes', 'Notes')}
      {failure ? <p className="field__error" role="alert">{failure}</p> : null}
      <div className="form__actions">
        {onCancel ? <button type="button" className="button" onClick={onCancel}>Cancel</button> : null}
        <button type="submit" className="button button--primary" disabled={busy}>{submitLabel}</button>
      </div>
    </form>
  );
}
