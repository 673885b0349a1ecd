import { useRef, useState, type FormEvent } from 'react';
import { entityFields, type PeopleCreateInput, type PeopleEntity } from '../../../shared/api/methods/people';
import { Field } from '../../components/Field';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useRollout } from '../../state/RolloutProvider';
import { parseDraft, type Column, type Row } from './columns';
import { MultiSelect } from './MultiSelect';

interface AddRecordFormProps<T extends Row> {
  entity: PeopleEntity;
  noun: string;
  columns: readonly Column<T>[];
  defaults: Record<string, unknown>;
  onAdded(): void;
}

const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The form stays open after an entry is added and returns to its first field, so a list is typed in one go. */
export function AddRecordForm<T extends Row>({ entity, noun, columns, defaults, onAdded }: AddRecordFormProps<T>) {
  const mutate = useRollout((s) => s.mutate);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, unknown>>(defaults);
  const [errors, setErrors] = useState<FieldErrors<string>>({});
  const [added, setAdded] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const fields = columns.filter((c) => !c.display && !c.notInForm);

  const set = (key: string, value: unknown) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = entityFields(entity).safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    try {
      await mutate((api) => api.invoke('people.create', { entity, values: parsed.data } as PeopleCreateInput));
      const first = fields[0];
      setAdded(first ? asText(values[first.key]) : noun);
      setValues(defaults);
      setErrors({});
      onAdded();
      form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } catch (failure) {
      const mapped = apiFieldErrors(failure, ['values']);
      setErrors(Object.keys(mapped).length > 0 ? mapped : { [fields[0]?.key ?? 'form']: failure instanceof Error ? failure.message : 'Could not add' });
    }
  }

  if (!open) {
    return (
      <div className="record-add">
        <button type="button" className="button" onClick={() => {
          // Defaults may name entries that did not exist when the page opened (the first module, a new group).
          setValues(defaults);
          setOpen(true);
        }}>Add {noun}…</button>
      </div>
    );
  }

  return (
    <form ref={form} className="record-add record-add--open" onSubmit={(e) => void submit(e)} noValidate aria-label={`New ${noun}`}>
      <h3>New {noun}</h3>
      <div className="record-add__fields">
        {fields.map((c) =>
          c.kind === 'multi' ? (
            <div key={c.key} className="record-add__wide">
              <MultiSelect label={c.label} options={c.options ?? []} value={(values[c.key] as string[]) ?? []} onChange={(next) => set(c.key, next)} />
              {errors[c.key] ? <p className="field__error">{errors[c.key]}</p> : null}
            </div>
          ) : (
            <Field key={c.key} label={c.label} error={errors[c.key]} hint={c.hint} className={c.kind === 'textarea' ? 'record-add__wide' : undefined}>
              {(control) => {
                if (c.kind === 'checkbox') return <input {...control} type="checkbox" checked={values[c.key] === true} onChange={(e) => set(c.key, e.target.checked)} />;
                if (c.kind === 'select') {
                  return (
                    <select {...control} value={asText(values[c.key])} onChange={(e) => set(c.key, parseDraft(c, e.target.value))}>
                      {c.nullable ? <option value="">{c.emptyLabel ?? '—'}</option> : null}
                      {(c.options ?? []).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                    </select>
                  );
                }
                const text = typeof values[c.key] === 'number' && Number.isNaN(values[c.key]) ? '' : asText(values[c.key]);
                const onChange = (e: { target: { value: string } }) => set(c.key, parseDraft(c, e.target.value));
                if (c.kind === 'textarea') return <textarea {...control} rows={3} value={text} onChange={onChange} />;
                const type = c.kind === 'number' ? 'number' : c.kind === 'date' ? 'date' : c.kind === 'time' ? 'time' : 'text';
                return <input {...control} type={type} value={text} onChange={onChange} />;
              }}
            </Field>
          ),
        )}
      </div>
      <div className="record-add__actions">
        <button type="submit" className="button button--primary">Add {noun}</button>
        <button type="button" className="button button--quiet" onClick={() => { setOpen(false); setErrors({}); setAdded(null); }}>Done</button>
        <span role="status" className="muted">{added ? `${capitalised(noun)} “${added}” added.` : ''}</span>
      </div>
    </form>
  );
}
