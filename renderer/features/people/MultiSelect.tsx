import type { Option } from './columns';

interface MultiSelectProps {
  label: string;
  options: readonly Option[];
  value: readonly string[];
  onChange(next: string[]): void;
  /** In a table cell: the choices fold away behind a summary of what is chosen. */
  compact?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

/** A group of checkboxes; in a table it folds into a disclosure so rows stay one line high. */
export function MultiSelect({ label, options, value, onChange, compact, invalid, describedBy }: MultiSelectProps) {
  const chosen = options.filter((o) => value.includes(o.value)).map((o) => o.label);
  const toggle = (option: string, on: boolean) => onChange(on ? [...value, option] : value.filter((v) => v !== option));
  const boxes = (
    <fieldset className="multi-select__choices" aria-invalid={invalid || undefined} aria-describedby={describedBy}>
      <legend className={compact ? 'visually-hidden' : 'field__label'}>{label}</legend>
      {options.length === 0 ? <p className="muted">Nothing to choose from yet.</p> : null}
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="checkbox" checked={value.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
  if (!compact) return <div className="multi-select">{boxes}</div>;
  return (
    <details className="multi-select multi-select--compact">
      <summary aria-label={`${label}: ${chosen.length === 0 ? 'none' : chosen.join(', ')}`}>
        {chosen.length === 0 ? <span className="muted">None</span> : chosen.join(', ')}
      </summary>
      {boxes}
    </details>
  );
}
