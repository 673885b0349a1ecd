import { useState } from 'react';
import { PASTE_COLUMNS, PASTE_COLUMN_LABELS, type PasteResult } from '../../../shared/rules/budget/paste';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';
import { errorMessage } from '../../state/save-state';
import { fieldMessage } from './InlineEdit';
import { formatMoney } from './money';

const COLUMNS_HINT = PASTE_COLUMNS.map((c) => PASTE_COLUMN_LABELS[c]).join(', ');

/** Paste rows from a spreadsheet, see each row read (or why not), then add the good rows as one undo step. */
export function PasteDialog({ open, onOpenChange, onAdded }: { open: boolean; onOpenChange(open: boolean): void; onAdded(count: number): void }) {
  const api = useApi();
  const mutate = useRollout((s) => s.mutate);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<PasteResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const valid = preview?.rows.flatMap((r) => (r.fields ? [r.fields] : [])) ?? [];
  const refused = preview ? preview.rows.length - valid.length : 0;

  async function read() {
    setProblem(null);
    try {
      setPreview(await api.invoke('budget.parsePaste', { text }));
    } catch (error) {
      setProblem(fieldMessage(error, 'text'));
    }
  }

  async function add() {
    try {
      const { added } = await mutate((a) => a.invoke('budget.addLines', { lines: valid }));
      setText('');
      setPreview(null);
      onAdded(added);
      onOpenChange(false);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <Modal open={open} onOpenChange={onOpenChange} wide title="Paste cost lines"
      description="Copy rows from a spreadsheet and paste them here. Nothing is added until you confirm the preview.">
      <Field label="Rows from the spreadsheet" hint={`Tab-separated; a header row is optional. Without one the columns are: ${COLUMNS_HINT}. Amounts in the row's currency.`} error={problem}>
        {(c) => <textarea {...c} rows={6} className="paste-input" value={text} onChange={(e) => {
          setText(e.target.value);
          setPreview(null);
        }} />}
      </Field>
      <div className="form__actions form__actions--start">
        <button type="button" className="button" disabled={text.trim() === ''} onClick={() => void read()}>Preview</button>
      </div>
      {preview ? (
        <>
          <p role="status" className="paste-summary">
            {preview.rows.length === 0 ? 'No rows found.' : `${valid.length} of ${preview.rows.length} rows can be added${refused ? `; ${refused} refused (see below)` : ''}.`}
          </p>
          {preview.rows.length > 0 ? (
            <div className="table-scroll paste-preview" tabIndex={0} role="region" aria-label="Preview of the pasted rows">
              <table className="table">
                <caption className="visually-hidden">Preview of the pasted rows</caption>
                <thead>
                  <tr><th scope="col">Row</th><th scope="col">Description</th><th scope="col">Read as</th><th scope="col">Status</th></tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) => (
                    <tr key={row.row} className={row.fields ? undefined : 'paste-row--refused'}>
                      <th scope="row">{row.row}</th>
                      <td>{row.fields?.description ?? row.cells[preview.columns.indexOf('description')] ?? ''}</td>
                      <td>{row.fields ? `${row.fields.quantity} × ${formatMoney(row.fields.unitCost, row.fields.currency)}, ${row.fields.startMonth} to ${row.fields.endMonth}` : ''}</td>
                      <td>
                        {row.fields ? 'Ready' : (
                          <ul className="paste-errors">
                            {row.errors.map((e) => <li key={`${e.path.join('.')}${e.message}`}><strong>{PASTE_COLUMN_LABELS[e.path[0] as keyof typeof PASTE_COLUMN_LABELS] ?? e.path.join('.')}:</strong> {e.message}</li>)}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button" onClick={() => onOpenChange(false)}>Cancel</button>
        <button type="button" className="button button--primary" disabled={valid.length === 0} onClick={() => void add()}>
          {valid.length === 1 ? 'Add 1 line' : `Add ${valid.length} lines`}
        </button>
      </div>
    </Modal>
  );
}
