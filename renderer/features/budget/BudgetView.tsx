import { useCallback, useState } from 'react';
import type { CostLineView } from '../../../shared/api/methods/budget';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';
import { usePreviewedEdits } from '../../state/use-previewed-edits';
import type { CostLinePatch } from '../../../shared/schemas/budget';
import { HeadlineFigures } from './BudgetHeadline';
import { BurnChart } from './BurnChart';
import { CostLinesTable } from './CostLinesTable';
import { CostOfOwnership } from './CostOfOwnership';
import { LineForm } from './LineForm';
import { PasteDialog } from './PasteDialog';
import { PhasingTable } from './PhasingTable';
import { SettingsForm } from './SettingsForm';
import { TotalsTables } from './TotalsTables';
import { draftOf, emptyDraft } from './line-draft';
import { previewLineEdit } from './preview-budget';

type Dialog = { kind: 'add' } | { kind: 'edit'; line: CostLineView } | { kind: 'settings' } | { kind: 'paste' } | null;
const PHASING_ID = 'budget-phasing';

/** Step 4b: the budget, its lines, where the money goes and when, and how the forecast stands against the approval. */
export function BudgetView() {
  const query = useProjectQuery('budget.get', {});
  const error = query.error;
  // An edit in place shows its outcome at once, computed here with the backend's rules, while it is saved.
  const { data: budget, run } = usePreviewedEdits(query);
  const updateLine = useCallback(
    (id: string, patch: CostLinePatch) => run((api) => api.invoke('budget.updateLine', { id, patch }), (basis) => previewLineEdit(basis, id, patch)),
    [run],
  );
  const mutate = useRollout((s) => s.mutate);
  const undo = useRollout((s) => s.undo);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<{ text: string; undoable: boolean } | null>(null);
  const close = (open: boolean) => !open && setDialog(null);
  // Stable, so the memoised rows of a long table are not all drawn again on every answer.
  const editLine = useCallback((line: CostLineView) => setDialog({ kind: 'edit', line }), []);
  const lineDeleted = useCallback((description: string) => setNotice({ text: `Deleted "${description}".`, undoable: true }), []);

  return (
    <div className="view view--wide">
      <div className="view__header">
        <p className="view__eyebrow">Step 4: plan</p>
        <h1>Budget</h1>
        <p className="view__lead">Cost lines phased by month, what is committed and spent, and the forecast at completion against the approved budget.</p>
      </div>
      {error ? <p className="field__error" role="alert">The budget could not be read: {error.message}</p> : null}
      {!budget ? (error ? null : <p className="muted">Reading the budget…</p>) : (
        <>
          <section className="card" aria-labelledby="budget-headline">
            <div className="section-head">
              <h2 id="budget-headline">Headline</h2>
              <button type="button" className="button" onClick={() => setDialog({ kind: 'settings' })}>Budget settings</button>
            </div>
            <HeadlineFigures budget={budget} />
            {budget.missingRates.length ? (
              <p className="budget-note budget-note--problem" role="alert">Lines in {budget.missingRates.join(', ')} have no exchange rate and count nowhere: add the rate in the budget settings.</p>
            ) : null}
          </section>

          <section aria-labelledby="budget-lines">
            <div className="section-head">
              <h2 id="budget-lines">Cost lines</h2>
              <div className="section-head__actions">
                <button type="button" className="button" onClick={() => setDialog({ kind: 'paste' })}>Paste from a spreadsheet…</button>
                <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'add' })}>Add a cost line</button>
              </div>
            </div>
            <div aria-live="polite" className="budget-notice">
              {notice ? (
                <p>{notice.text}{notice.undoable ? <> <button type="button" className="button button--small" onClick={() => {
                  setNotice(null);
                  void undo();
                }}>Undo</button></> : null}</p>
              ) : null}
            </div>
            {budget.lines.length === 0 ? (
              <div className="empty-state">
                <p>No cost lines yet. A line is one thing the rollout pays for: seats, tokens, a partner's days, a training programme.</p>
                <p>Add lines one by one, or paste them from a spreadsheet with one row per line. Each line is phased by month from its cost type
                  (one-off, monthly, annual, per seat per month or per unit), and the totals, the burn chart and the forecast follow.</p>
              </div>
            ) : (
              <CostLinesTable budget={budget} onEdit={editLine} onDeleted={lineDeleted} onUpdate={updateLine} />
            )}
          </section>

          {budget.costsRedacted ? null : budget.months.length > 0 ? (
            <>
              <section aria-labelledby="budget-burn">
                <h2 id="budget-burn">Burn chart</h2>
                <BurnChart budget={budget} tableId={PHASING_ID} />
              </section>
              <section aria-labelledby="budget-totals">
                <h2 id="budget-totals">Totals</h2>
                <TotalsTables budget={budget} />
              </section>
              <section aria-labelledby="budget-months">
                <h2 id="budget-months">Monthly phasing</h2>
                <PhasingTable budget={budget} id={PHASING_ID} />
              </section>
            </>
          ) : null}
          {budget.costOfOwnership && !budget.costsRedacted ? <CostOfOwnership budget={budget} /> : null}

          <Modal open={dialog?.kind === 'add'} onOpenChange={close} wide title="Add a cost line" description="Amounts in the line's currency; totals are converted to the project currency.">
            <LineForm budget={budget} initial={emptyDraft(budget.currency, budget.asOf)} submitLabel="Add line" prefix={['fields']} onCancel={() => setDialog(null)}
              onSubmit={async (fields) => {
                await mutate((api) => api.invoke('budget.addLine', { fields }));
                setNotice({ text: `Added "${fields.description}".`, undoable: false });
                setDialog(null);
              }} />
          </Modal>
          <Modal open={dialog?.kind === 'edit'} onOpenChange={close} wide title="Edit cost line" description="Every field of the line, including its links to a step, task, wave or vendor.">
            {dialog?.kind === 'edit' ? (
              <LineForm budget={budget} initial={draftOf(dialog.line)} submitLabel="Save line" prefix={['patch']} onCancel={() => setDialog(null)}
                onSubmit={async (fields) => {
                  await mutate((api) => api.invoke('budget.updateLine', { id: dialog.line.id, patch: fields }));
                  setDialog(null);
                }} />
            ) : null}
          </Modal>
          <Modal open={dialog?.kind === 'settings'} onOpenChange={close} wide title="Budget settings" description="Saved together as one change you can undo.">
            <SettingsForm budget={budget} onDone={() => setDialog(null)} />
          </Modal>
          <PasteDialog open={dialog?.kind === 'paste'} onOpenChange={close} onAdded={(count) => setNotice({ text: `Added ${count} pasted ${count === 1 ? 'line' : 'lines'}.`, undoable: true })} />
        </>
      )}
    </div>
  );
}
