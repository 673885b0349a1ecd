import { useState } from 'react';
import type { KpiView } from '../../../shared/api/methods/operations';
import { kpiStatusOf, type PasteError } from '../../../shared/rules/monitoring';
import { ApiError } from '../../../shared/errors';
import { Field } from '../../components/Field';
import { formatPlanDate } from '../../components/format';
import { useOps } from '../../components/records/use-ops';
import { Pill } from '../operations/Pill';
import { todayIso } from '../operations/today';
import { TrendChart } from './TrendChart';
import { KPI_STATUS } from './monitoring-fields';

/** One KPI's measurements: the trend, the values, a new value, or rows pasted from a spreadsheet. */
export function KpiDetail({ view, onClose }: { view: KpiView; onClose(): void }) {
  const { kpi, measurements } = view;
  const ops = useOps();
  const [date, setDate] = useState(todayIso());
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<{ measuredOn?: string; value?: string }>({});
  const [paste, setPaste] = useState('');
  const [pasteResult, setPasteResult] = useState<{ added: number; errors: PasteError[] } | null>(null);
  const [pasteError, setPasteError] = useState<string | null>(null);

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) return setErrors({ value: 'Enter a number' });
    try {
      await ops.create('measurement', { kpiId: kpi.id, measuredOn: date, value: number, note: '' });
      setValue('');
      setErrors({});
    } catch (failure) {
      const issue = failure instanceof ApiError ? failure.issues[0] : undefined;
      setErrors(issue?.path[1] === 'measuredOn' ? { measuredOn: issue.message } : { value: issue?.message ?? 'Could not save' });
    }
  }

  async function pasteRows() {
    try {
      const result = await ops.mutate((api) => api.invoke('monitoring.paste', { kpiId: kpi.id, text: paste }));
      setPasteResult(result);
      setPasteError(null);
      if (result.errors.length === 0) setPaste('');
    } catch (failure) {
      setPasteResult(null);
      setPasteError(failure instanceof ApiError ? failure.message : 'Could not read the rows');
    }
  }

  return (
    <section className="kpi-detail" aria-labelledby={`kpi-detail-${kpi.id}`}>
      <div className="ops-section__head">
        <h3 id={`kpi-detail-${kpi.id}`}>Measurements of {kpi.name}</h3>
        <button type="button" className="button button--small" onClick={onClose}>Close</button>
      </div>
      <div className="kpi-detail__grid">
        <div>
          <TrendChart kpi={kpi} measurements={measurements} large />
          <p className="muted">Target {kpi.target} {kpi.unit}; warning at {kpi.warning}, critical at {kpi.critical} ({kpi.direction === 'higher' ? 'higher is better' : 'lower is better'}).</p>
          <form className="form__row" onSubmit={(e) => void add(e)} noValidate>
            <Field label="Date" error={errors.measuredOn}>
              {(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
            </Field>
            <Field label={`Value (${kpi.unit || 'number'})`} error={errors.value}>
              {(control) => <input {...control} type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} />}
            </Field>
            <div className="field"><span className="field__label" aria-hidden="true">&nbsp;</span><button type="submit" className="button button--primary">Add measurement</button></div>
          </form>
          <Field label="Paste from a spreadsheet" hint="Two columns, date and value, one row per line (tab separated, as copied from Excel). A header row is skipped; a date already measured takes the new value." error={pasteError} className="field--wide">
            {(control) => <textarea {...control} rows={4} value={paste} onChange={(e) => setPaste(e.target.value)} />}
          </Field>
          <button type="button" className="button" disabled={paste.trim() === ''} onClick={() => void pasteRows()}>Add pasted rows</button>
          {pasteResult ? (
            <div role="status">
              <p>{pasteResult.added} row{pasteResult.added === 1 ? '' : 's'} added.{pasteResult.errors.length ? ` ${pasteResult.errors.length} could not be read:` : ''}</p>
              {pasteResult.errors.length ? <ul className="paste-errors">{pasteResult.errors.map((e) => <li key={e.line}>Line {e.line}: {e.message}</li>)}</ul> : null}
            </div>
          ) : null}
        </div>
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Measurements of {kpi.name}</caption>
            <thead><tr><th scope="col">Date</th><th scope="col" className="num">Value</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {[...measurements].reverse().map((m) => {
                const status = KPI_STATUS[kpiStatusOf(kpi, m.value)];
                return (
                  <tr key={m.id}>
                    <th scope="row">{formatPlanDate(m.measuredOn)}</th>
                    <td className="num">{m.value} {kpi.unit}</td>
                    <td><Pill tone={status.tone}>{status.label}</Pill></td>
                    <td className="actions">
                      <button type="button" className="button button--small button--danger" onClick={() => void ops.remove('measurement', m.id)}>
                        Delete<span className="visually-hidden"> measurement of {formatPlanDate(m.measuredOn)}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
              {measurements.length === 0 ? <tr><td colSpan={4} className="muted">No measurements yet: add the first one or paste a column from your report.</td></tr> : null}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
