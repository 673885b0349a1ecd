import type { ControlProps } from '../Field';
import type { FieldDef, Option } from './record-fields';

interface FieldControlProps {
  field: FieldDef;
  control: ControlProps & { 'aria-label'?: string };
  value: string | boolean;
  onChange(value: string | boolean): void;
  onCommit?(value?: string | boolean): void;
  onCancel?(): void;
}

function groupOptions(options: readonly Option[]) {
  const groups = new Map<string, Option[]>();
  for (const option of options) {
    const list = groups.get(option.group ?? '') ?? [];
    list.push(option);
    groups.set(option.group ?? '', list);
  }
  return [...groups.entries()];
}

/** The input for one field kind; Enter commits and Escape cancels where a table cell edits in place. */
export function FieldControl({ field, control, value, onChange, onCommit, onCancel }: FieldControlProps) {
  const keys = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && field.kind !== 'textarea' && onCommit) {
      event.preventDefault();
      onCommit();
    }
    if (event.key === 'Escape' && onCancel) onCancel();
  };
  if (field.kind === 'checkbox') {
    return (
      <input {...control} type="checkbox" checked={value === true}
        onChange={(e) => {
          onChange(e.target.checked);
          onCommit?.(e.target.checked);
        }} />
    );
  }
  if (field.kind === 'select') {
    return (
      <select {...control} value={String(value)}
        onChange={(e) => {
          onChange(e.target.value);
          onCommit?.(e.target.value);
        }}>
        {field.nullable ? <option value="">None</option> : null}
        {groupOptions(field.options ?? []).map(([group, options]) =>
          group ? (
            <optgroup key={group} label={group}>
              {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </optgroup>
          ) : (
            options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)
          ),
        )}
      </select>
    );
  }
  if (field.kind === 'textarea') {
    return <textarea {...control} rows={3} value={String(value)} onChange={(e) => onChange(e.target.value)} onBlur={() => onCommit?.()} onKeyDown={keys} />;
  }
  const type = field.kind === 'number' ? 'number' : field.kind === 'date' ? 'date' : 'text';
  return (
    <input {...control} type={type} step={field.kind === 'number' ? (field.step ?? 'any') : undefined} value={String(value)}
      onChange={(e) => onChange(e.target.value)} onBlur={() => onCommit?.()} onKeyDown={keys} />
  );
}
