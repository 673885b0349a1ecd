import { useState } from 'react';
import type { DataExportFormat } from '../../../shared/api/methods/exports';
import { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../components/Alert';
import { downloadBase64 } from '../vendors/sheet-files';
import { DATA_EXPORT_OPTIONS } from './data-export-formats';

/**
 * "Data exports": the open project as a workbook, CSV tables, MS Project XML or a calendar file. Exports read only,
 * so they never touch the undo history; each download is prepared by the backend and saved through the browser.
 */
export function DataExportsPanel() {
  const api = useApi();
  const [busy, setBusy] = useState<DataExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string>('');

  async function download(format: DataExportFormat) {
    setBusy(format);
    setError(null);
    setSaved('');
    try {
      const file = await api.invoke('exports.data', { format });
      downloadBase64(file.fileName, file.base64);
      setSaved(`Saved ${file.fileName}.`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The export could not be prepared.');
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card data-exports" aria-labelledby="data-exports-title">
      <h2 id="data-exports-title">Data exports</h2>
      <p className="muted">
        The whole project as data for other tools. Text that a spreadsheet could run as a formula is written as plain text.
      </p>
      {error ? <ErrorAlert title="Export failed" onDismiss={() => setError(null)}>{error}</ErrorAlert> : null}
      <ul className="data-exports__list">
        {DATA_EXPORT_OPTIONS.map((option) => {
          const titleId = `data-export-${option.format}`;
          return (
            <li key={option.format} className="data-exports__row">
              <div className="data-exports__text">
                <h3 id={titleId} className="data-exports__title">{option.title}</h3>
                <p className="data-exports__purpose">{option.purpose}</p>
              </div>
              <button
                type="button"
                className="button"
                aria-describedby={titleId}
                aria-busy={busy === option.format}
                disabled={busy !== null}
                onClick={() => void download(option.format)}
              >
                {busy === option.format ? 'Preparing…' : option.action}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">{saved}</p>
      {saved ? <p className="muted" aria-hidden="true">{saved}</p> : null}
    </section>
  );
}
