import { useState } from 'react';
import { CURRENCIES } from '../../../shared/schemas/common';
import { ProjectFields, type Project } from '../../../shared/schemas/project';
import { ApiError } from '../../../shared/errors';
import { Field } from '../../components/Field';
import { useRollout } from '../../state/RolloutProvider';
import { errorMessage } from '../../state/save-state';

type EditableField = keyof ProjectFields;

interface ProjectFieldProps {
  project: Project;
  field: EditableField;
  label: string;
  kind?: 'text' | 'textarea' | 'date' | 'currency';
  hint?: string;
}

/** The whole project is validated, so a date that breaks "go-live after start" is caught on the field being edited. */
function validateChange(project: Project, field: EditableField, value: string): string | null {
  const result = ProjectFields.safeParse({ ...project, [field]: value });
  if (result.success) return null;
  const own = result.error.issues.find((issue) => issue.path[0] === field);
  return (own ?? result.error.issues[0])?.message ?? 'Check this value';
}

function serverMessage(error: unknown): string {
  if (error instanceof ApiError && error.issues.length > 0) return error.issues[0]?.message ?? error.message;
  return errorMessage(error);
}

/** One field, one commit, one undo step: written on blur (or on change for the currency list). */
export function ProjectField({ project, field, label, kind = 'text', hint }: ProjectFieldProps) {
  const mutate = useRollout((s) => s.mutate);
  const saved = String(project[field]);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? saved;

  async function commit(next: string) {
    const normalised = kind === 'date' || kind === 'currency' ? next : next.replace(/\s+$/u, '');
    if (normalised === saved) {
      setDraft(null);
      setError(null);
      return;
    }
    const problem = validateChange(project, field, normalised);
    setError(problem);
    if (problem) return;
    try {
      await mutate((api) => api.invoke('project.update', { patch: { [field]: normalised } }));
      setDraft(null);
    } catch (failure) {
      setError(serverMessage(failure));
    }
  }

  const onChange = (next: string) => {
    setDraft(next);
    if (error) setError(null);
  };

  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => {
        if (kind === 'textarea') {
          return <textarea {...control} rows={4} value={value}
            onChange={(e) => onChange(e.target.value)} onBlur={() => void commit(value)} />;
        }
        if (kind === 'currency') {
          return (
            <select {...control} value={value} onChange={(e) => {
              onChange(e.target.value);
              void commit(e.target.value);
            }}>
              {CURRENCIES.map((code) => <option key={code} value={code}>{code}</option>)}
            </select>
          );
        }
        return (
          <input {...control} type={kind === 'date' ? 'date' : 'text'} value={value}
            onChange={(e) => onChange(e.target.value)}
            onBlur={() => void commit(value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void commit(value);
              }
            }} />
        );
      }}
    </Field>
  );
}
