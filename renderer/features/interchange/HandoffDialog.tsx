import { useId, useState } from 'react';
import { HANDOFF_REPORTS, type HandoffReport, type HandoffResult } from '../../../shared/api/methods/interchange';
import { ApiError } from '../../../shared/errors';
import { issueLines } from '../../../shared/interchange/issue-path';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Modal, ModalClose } from '../../components/Modal';
import { useProjectQuery } from '../../state/use-project-query';
import { downloadBase64 } from '../vendors/sheet-files';

const REPORT_LABELS: Record<HandoffReport, string> = {
  executive: 'Executive rollout report', vendors: 'Vendor evaluation report', budget: 'Budget report', status: 'One-page status report',
};

interface Choices {
  internalNotes: boolean;
  evaluatorNames: boolean;
  costFigures: boolean;
  squashHistory: boolean;
  fields: string;
  reports: HandoffReport[];
}

const parseFields = (text: string) => text.split(/[\s,]+/).map((f) => f.trim()).filter(Boolean);

/** What the export will do, in the words of REDACTIONS.md, shown before anything is written. */
function plannedSummary(c: Choices): string[] {
  const lines: string[] = [];
  if (c.internalNotes) lines.push('Internal notes, override reasons, scoring rationales and dissent are emptied.');
  if (c.evaluatorNames) lines.push('Evaluators become "Evaluator 1", "Evaluator 2"… and are shown anonymously; their names are replaced the same way wherever they are written (owners, decisions, notes, the audit trail), and an evaluator on the team is renamed there too.');
  if (c.costFigures) lines.push('Unit costs, committed and actual amounts, vendor prices and the approved budget are removed; the reports say the figures are redacted.');
  for (const field of parseFields(c.fields)) lines.push(`${field} is blanked in every record.`);
  lines.push(c.squashHistory ? 'Undo history and audit trail are emptied, but for one entry recording the hand-off.'
    : lines.length > 0 ? 'Undo history is emptied; the audit trail keeps who did what and when, without old values.' : 'History and audit trail travel with the copy.');
  lines.push(c.reports.length > 0 ? `Reports beside it: ${c.reports.map((r) => REPORT_LABELS[r]).join(', ')}.` : 'No reports beside it.');
  return lines;
}

/** "Export for hand-off": the choices, a summary of their effect, then one zip to download. */
export function HandoffDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const api = useApi();
  const listId = useId();
  const suggestions = useProjectQuery('handoff.fields', {});
  const [choices, setChoices] = useState<Choices>({ internalNotes: true, evaluatorNames: true, costFigures: false, squashHistory: true, fields: '', reports: ['executive'] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [done, setDone] = useState<HandoffResult | null>(null);
  const set = (patch: Partial<Choices>) => { setChoices((c) => ({ ...c, ...patch })); setDone(null); };

  async function exportHandoff() {
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      const result = await api.invoke('handoff.export', {
        redactions: { internalNotes: choices.internalNotes, evaluatorNames: choices.evaluatorNames, costFigures: choices.costFigures, fields: parseFields(choices.fields) },
        squashHistory: choices.squashHistory,
        reports: choices.reports,
      });
      downloadBase64(result.fileName, result.base64);
      setDone(result);
    } catch (caught) {
      const fieldIssues = caught instanceof ApiError ? caught.issues.filter((i) => i.path[1] === 'fields') : [];
      if (fieldIssues.length > 0) setFieldError(fieldIssues.map((i) => i.message).join('. '));
      else setError(caught instanceof ApiError ? [caught.message, ...issueLines(caught.issues)].join(' ') : String(caught));
    } finally {
      setBusy(false);
    }
  }

  const check = (key: 'internalNotes' | 'evaluatorNames' | 'costFigures' | 'squashHistory', label: string, hint: string) => (
    <label className="handoff__check">
      <input type="checkbox" checked={choices[key]} onChange={(e) => set({ [key]: e.target.checked })} />
      <span>{label}<span className="handoff__hint">{hint}</span></span>
    </label>
  );

  return (
    <Modal open={open} onOpenChange={onOpenChange} wide title="Export for hand-off"
      description="A clean, compacted copy of this project for a client or a consultant, with the redactions you choose. This project is not changed.">
      <fieldset className="handoff__options">
        <legend>Redact</legend>
        {check('internalNotes', 'Internal notes', 'Notes, status override reasons, scoring rationales, dissent on the vendor decision.')}
        {check('evaluatorNames', 'Evaluator names', 'Scores stay; who gave them does not, anywhere in the copy or its reports.')}
        {check('costFigures', 'Cost figures', 'Cost lines, vendor prices and the approved budget.')}
      </fieldset>
      <Field label="Other fields to blank" error={fieldError} hint="table.field, separated by commas: for example risk.owner, team_member.contact">
        {(control) => <input {...control} list={listId} value={choices.fields} onChange={(e) => set({ fields: e.target.value })} />}
      </Field>
      <datalist id={listId}>{(suggestions.data ?? []).map((f) => <option key={f} value={f} />)}</datalist>
      <fieldset className="handoff__options">
        <legend>History</legend>
        {check('squashHistory', 'Squash the history', 'The copy starts with an empty undo history and a one-line audit trail.')}
      </fieldset>
      <fieldset className="handoff__options">
        <legend>Reports beside the copy</legend>
        {HANDOFF_REPORTS.map((report) => (
          <label key={report} className="handoff__check">
            <input type="checkbox" checked={choices.reports.includes(report)}
              onChange={(e) => set({ reports: e.target.checked ? [...choices.reports, report] : choices.reports.filter((r) => r !== report) })} />
            <span>{REPORT_LABELS[report]}</span>
          </label>
        ))}
      </fieldset>
      <h3 className="handoff__heading">The copy will be made like this</h3>
      <ul className="handoff__summary">{plannedSummary(choices).map((line) => <li key={line}>{line}</li>)}</ul>
      {error ? <ErrorAlert title="The hand-off copy could not be made" onDismiss={() => setError(null)}>{error}</ErrorAlert> : null}
      {done ? (
        <div className="alert alert--done" role="status">
          <div className="alert__body">
            <p className="alert__title">{done.fileName} is downloading</p>
            <p className="alert__message">It holds the copy, REDACTIONS.md{done.notes.length > 0 ? ` and a note: ${done.notes.join(' ')}` : ' and the reports you chose.'}</p>
          </div>
        </div>
      ) : null}
      <div className="form__actions">
        <ModalClose className="button">Close</ModalClose>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void exportHandoff()}>
          {busy ? 'Making the copy…' : 'Export hand-off copy'}
        </button>
      </div>
    </Modal>
  );
}
