import { useState } from 'react';
import type { ReportKind } from '../../../shared/reports/definitions';
import { reportSectionList } from '../../../shared/reports/definitions';
import { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../components/Alert';
import { useProjectQuery } from '../../state/use-project-query';
import { DataExportsPanel } from '../exports/DataExportsPanel';
import { downloadBase64 } from '../vendors/sheet-files';
import { REPORT_CHOICES } from './report-kinds';

/**
 * Reports: pick a report and its sections, see the exact HTML that will be exported (in a sandboxed frame that runs
 * nothing), and save it as HTML or PDF. The data exports sit below.
 */
export function ReportsView() {
  const api = useApi();
  const [report, setReport] = useState<ReportKind>('executive');
  const [excluded, setExcluded] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState<'html' | 'pdf' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const sections = reportSectionList(report);
  const off = new Set(excluded[report] ?? []);
  const chosen = sections.filter((s) => !off.has(s.id)).map((s) => s.id);
  const preview = useProjectQuery('reports.preview', { report, sections: chosen });
  const title = REPORT_CHOICES.find((c) => c.kind === report)?.title ?? 'Report';

  function toggle(id: string) {
    setExcluded((prev) => {
      const current = new Set(prev[report] ?? []);
      if (current.has(id)) current.delete(id); else current.add(id);
      return { ...prev, [report]: [...current] };
    });
  }

  async function exportAs(format: 'html' | 'pdf') {
    setBusy(format);
    setError(null);
    setSaved('');
    try {
      const file = await api.invoke('reports.export', { report, sections: chosen, format });
      downloadBase64(file.fileName, file.base64);
      setSaved(`Saved ${file.fileName}.`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The report could not be prepared.');
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="view view--wide">
      <div className="view__header">
        <p className="view__eyebrow">Plan and records</p>
        <h1>Reports</h1>
        <p className="view__lead">Reports for executives and clients, printed from the project as it is now. Pick a report and its sections, check the preview, then save it as HTML or PDF.</p>
      </div>
      <div className="reports">
        <section className="card reports__options" aria-labelledby="reports-options">
          <h2 id="reports-options">Report</h2>
          <fieldset className="reports__kinds">
            <legend className="visually-hidden">Which report</legend>
            {REPORT_CHOICES.map((choice) => (
              <label key={choice.kind} className="reports__kind">
                <input type="radio" name="report-kind" value={choice.kind} checked={report === choice.kind} onChange={() => setReport(choice.kind)} />
                <span><strong>{choice.title}</strong><span className="muted small reports__kind-text">{choice.description}</span></span>
              </label>
            ))}
          </fieldset>
          <fieldset className="reports__sections">
            <legend>Sections ({chosen.length} of {sections.length})</legend>
            {sections.map((s) => (
              <label key={s.id} className="reports__section">
                <input type="checkbox" checked={!off.has(s.id)} onChange={() => toggle(s.id)} /> {s.title}
              </label>
            ))}
          </fieldset>
          <div className="reports__actions">
            <button type="button" className="button button--primary" disabled={busy !== null || chosen.length === 0} onClick={() => void exportAs('pdf')}>
              {busy === 'pdf' ? 'Printing PDF…' : 'Export PDF'}
            </button>
            <button type="button" className="button" disabled={busy !== null || chosen.length === 0} onClick={() => void exportAs('html')}>
              {busy === 'html' ? 'Preparing…' : 'Export HTML'}
            </button>
          </div>
          {chosen.length === 0 ? <p className="muted small">Tick at least one section to export.</p> : null}
          {error ? <ErrorAlert title="Export failed" onDismiss={() => setError(null)}>{error}</ErrorAlert> : null}
          <p className="muted small" role="status">{saved}</p>
        </section>
        <section className="card reports__preview" aria-labelledby="reports-preview">
          <h2 id="reports-preview">Preview</h2>
          {preview.error ? <ErrorAlert title="The preview could not be prepared">{preview.error.message}</ErrorAlert> : null}
          {preview.data ? (
            <iframe className="reports__frame" title={`Preview of the ${title.toLowerCase()}`} sandbox="" srcDoc={preview.data.html} />
          ) : preview.error ? null : <p className="muted">Preparing the preview…</p>}
        </section>
      </div>
      <DataExportsPanel />
    </div>
  );
}
