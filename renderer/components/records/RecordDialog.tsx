import { useState } from 'react';
import { ApiError } from '../../../shared/errors';
import { Field } from '../Field';
import { Modal } from '../Modal';
import { apiFieldErrors } from '../form-errors';
import { FieldControl } from './FieldControl';
import { blankValues, fromInput, toInput, valueOf, type FieldDef, type RecordLike } from './record-fields';

interface RecordDialogProps {
  title: string;
  description: string;
  fields: readonly FieldDef[];
  /** The record being edited; absent for a new one. */
  record?: RecordLike;
  defaults?: Record<string, unknown>;
  submitLabel: string;
  onSubmit(values: Record<string, unknown>): Promise<unknown>;
  onClose(): void;
}

/**
 * Adds or edits a whole record. Only changed fields are sent for an edit; the backend's messages come back next to
 * their fields (paths ['fields', x] for a new record, ['patch', x] for a change).
 */
export function RecordDialog({ title, description, fields, record, defaults, submitLabel, onSubmit, onClose }: RecordDialogProps) {
  const initial: Record<string, unknown> = record ? (record as unknown as Record<string, unknown>) : blankValues(fields, defaults);
  const [draft, setDraft] = useState<Record<string, string | boolean>>(() => Object.fromEntries(fields.map((f) => [f.key, toInput(f, initial[f.key])])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const values: Record<string, unknown> = {};
    const local: Record<string, string> = {};
    for (const field of fields) {
      const parsed = fromInput(field, draft[field.key] ?? '');
      if ('error' in parsed) local[field.key] = parsed.error;
      else if (!record || parsed.value !== valueOf(record, field.key)) values[field.key] = parsed.value;
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    if (record && Object.keys(values).length === 0) return onClose();
    setBusy(true);
    try {
      await onSubmit(record ? values : { ...defaults, ...values });
      onClose();
    } catch (failure) {
      const fieldErrors = apiFieldErrors<string>(failure, [record ? 'patch' : 'fields']);
      setErrors(fieldErrors as Record<string, string>);
      setFormError(Object.keys(fieldErrors).length ? null : failure instanceof ApiError ? failure.message : 'Could not save');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={title} description={description} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form__row">
          {fields.map((field) => (
            <Field key={field.key} label={field.label} error={errors[field.key]} hint={field.hint}
              className={field.kind === 'textarea' ? 'field--wide' : field.kind === 'checkbox' ? 'field--checkbox' : undefined}>
              {(control) => (
                <FieldControl field={field} control={control} value={draft[field.key] ?? ''}
                  onChange={(value) => setDraft((d) => ({ ...d, [field.key]: value }))} />
              )}
            </Field>
          ))}
        </div>
        {formError ? <p className="field__error" role="alert">{formError}</p> : null}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary" disabled={busy}>{submitLabel}</button>
        </div>
      </form>
    </Modal>
  );
}
