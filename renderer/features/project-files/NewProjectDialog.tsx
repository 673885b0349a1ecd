import { useState, type FormEvent } from 'react';
import { CURRENCIES } from '../../../shared/schemas/common';
import { ProjectFields } from '../../../shared/schemas/project';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';
import { describeFileProblem, type FileProblem } from '../../state/file-problem';
import { newProjectDefaults, type NewProjectValues } from './new-project-defaults';
import { suggestedFileName } from './useFileActions';

type FieldName = keyof NewProjectValues;

function validate(values: NewProjectValues): FieldErrors<FieldName> {
  const result = ProjectFields.safeParse({ ...values, description: '' });
  return result.success ? {} : zodFieldErrors<FieldName>(result.error);
}

export function NewProjectDialog() {
  const open = useRollout((s) => s.dialog === 'new');
  const setDialog = useRollout((s) => s.setDialog);
  return (
    <Modal
      open={open}
      onOpenChange={(next) => setDialog(next ? 'new' : null)}
      title="New project"
      description="Name the rollout and set its dates. Everything can be changed later in Project details."
    >
      {open ? <NewProjectForm /> : null}
    </Modal>
  );
}

function NewProjectForm() {
  const api = useApi();
  const isDesktop = useRollout((s) => s.appInfo?.host === 'desktop');
  const adopt = useRollout((s) => s.adopt);
  const setDialog = useRollout((s) => s.setDialog);
  const [values, setValues] = useState(newProjectDefaults);
  const [touched, setTouched] = useState<Set<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors<FieldName>>({});
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const clientErrors = validate(values);
  const errorFor = (field: FieldName) =>
    serverErrors[field] ?? (submitted || touched.has(field) ? clientErrors[field] : undefined) ?? null;

  function change<K extends FieldName>(field: K, value: NewProjectValues[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    setServerErrors(({ [field]: _dropped, ...rest }) => rest as FieldErrors<FieldName>);
  }
  const touch = (field: FieldName) => setTouched((t) => new Set(t).add(field));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (Object.keys(clientErrors).length > 0) return;
    const { template, ...fields } = values;
    setBusy(true);
    try {
      let path: string | undefined;
      if (isDesktop) {
        const chosen = await api.invoke('files.chooseSavePath', { suggestedName: suggestedFileName(fields.name) });
        if (!chosen) return;
        path = chosen;
      }
      const created = await api.invoke('project.create', { fields: { ...fields, description: '' }, template, path });
      await adopt(created);
      setDialog(null);
    } catch (error) {
      const fieldErrors = apiFieldErrors<FieldName>(error, ['fields']);
      setServerErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setProblem(describeFileProblem(error, 'The project could not be created'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      {problem ? <ErrorAlert title={problem.title}>{problem.message}</ErrorAlert> : null}
      <Field label="Project name" error={errorFor('name')}>
        {(control) => (
          <input {...control} type="text" autoComplete="off" value={values.name}
            onChange={(e) => change('name', e.target.value)} onBlur={() => touch('name')} />
        )}
      </Field>
      <Field label="Organisation" error={errorFor('organisation')}>
        {(control) => (
          <input {...control} type="text" autoComplete="organization" value={values.organisation}
            onChange={(e) => change('organisation', e.target.value)} onBlur={() => touch('organisation')} />
        )}
      </Field>
      <div className="form__row">
        <Field label="Planned start" error={errorFor('plannedStart')}>
          {(control) => (
            <input {...control} type="date" value={values.plannedStart}
              onChange={(e) => change('plannedStart', e.target.value)} onBlur={() => touch('plannedStart')} />
          )}
        </Field>
        <Field label="Target go-live" error={errorFor('targetGoLive')}>
          {(control) => (
            <input {...control} type="date" value={values.targetGoLive}
              onChange={(e) => change('targetGoLive', e.target.value)} onBlur={() => touch('targetGoLive')} />
          )}
        </Field>
      </div>
      <Field label="Currency" error={errorFor('currency')} hint="Budgets in this project are kept in this currency.">
        {(control) => (
          <select {...control} value={values.currency}
            onChange={(e) => change('currency', e.target.value as NewProjectValues['currency'])}>
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>{code}</option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="choice-group">
        <legend className="field__label">Template</legend>
        <label className="choice">
          <input type="radio" name="template" value="ten-step" checked={values.template === 'ten-step'}
            onChange={() => change('template', 'ten-step')} />
          <span>Ten-step rollout template (recommended)</span>
        </label>
        <label className="choice">
          <input type="radio" name="template" value="blank" checked={values.template === 'blank'}
            onChange={() => change('template', 'blank')} />
          <span>Blank project</span>
        </label>
      </fieldset>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => setDialog(null)}>Cancel</button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create project'}
        </button>
      </div>
    </form>
  );
}
