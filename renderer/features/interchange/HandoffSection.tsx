import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { HandoffDialog } from './HandoffDialog';
import { downloadBase64 } from '../vendors/sheet-files';

/** Project details: the whole project as JSON, and the redacted copy for a client or consultant. */
export function HandoffSection() {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportJson() {
    setError(null);
    try {
      const file = await api.invoke('interchange.exportJson', {});
      downloadBase64(file.fileName, file.base64);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <section className="card form-card" aria-labelledby="details-handoff">
      <h2 id="details-handoff">Hand-off and interchange</h2>
      <p className="muted">
        The JSON document holds every record of the project and the computed schedule, vendor ranking and budget, for other
        tools (its format is documented and stable). The hand-off copy is a compacted project file with the redactions you
        choose, the reports beside it and a note of what was redacted.
      </p>
      {error ? <p className="field__error" role="alert">{error}</p> : null}
      <div className="form__actions form__actions--start">
        <button type="button" className="button" onClick={() => void exportJson()}>Export as JSON</button>
        <button type="button" className="button" onClick={() => setOpen(true)}>Export for hand-off…</button>
      </div>
      {open ? <HandoffDialog open={open} onOpenChange={setOpen} /> : null}
    </section>
  );
}
