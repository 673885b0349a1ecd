import { memo, useState } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import { ApiError } from '../../../shared/errors';
import { Field } from '../../components/Field';
import { useApi } from '../../api/ApiContext';
import { StableInput } from '../../components/StableInput';
import { useRollout } from '../../state/RolloutProvider';
import { InlineText, failureMessage } from './inline-inputs';
import { downloadBase64, fileToBase64 } from './sheet-files';
import { useProjectQuery } from '../../state/use-project-query';

/** Evaluators (team members or guests), and the scoring sheets for those who score outside the room. */
export const EvaluatorsSection = memo(function EvaluatorsSection({ evaluators, round }: { evaluators: VendorEvaluation['evaluators']; round: number }) {
  const api = useApi();
  const mutate = useRollout((s) => s.mutate);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [importResult, setImportResult] = useState<{ ok: boolean; message: string; issues: string[] } | null>(null);
  const [memberId, setMemberId] = useState('');
  const team = useProjectQuery('people.read', {});
  const scoring = new Set(evaluators.map((e) => e.memberId).filter(Boolean));
  const availableMembers = (team.data?.members ?? []).filter((m) => !scoring.has(m.id));

  async function addMember() {
    const member = availableMembers.find((m) => m.id === memberId);
    if (!member) return;
    try {
      await mutate((a) => a.invoke('vendors.createEvaluator', { fields: { name: member.name, memberId: member.id, anonymous: true } }));
      setMemberId('');
    } catch (failure) {
      setError(failureMessage(failure));
    }
  }

  async function add() {
    if (!name.trim()) return setError('Name the evaluator');
    try {
      await mutate((a) => a.invoke('vendors.createEvaluator', { fields: { name: name.trim(), memberId: null, anonymous: true } }));
      setName('');
      setError(null);
    } catch (failure) {
      setError(failureMessage(failure));
    }
  }

  async function importSheet(file: File) {
    try {
      const base64 = await fileToBase64(file);
      const result = await mutate((a) => a.invoke('vendors.importSheet', { base64 }));
      setImportResult({ ok: true, message: `Imported ${result.changed} score${result.changed === 1 ? '' : 's'} of ${result.evaluatorName}.`, issues: [] });
    } catch (failure) {
      const issues = failure instanceof ApiError ? failure.issues.map((i) => `${i.path.join('.')}: ${i.message}`) : [];
      setImportResult({ ok: false, message: failureMessage(failure instanceof ApiError ? new ApiError(failure.code, failure.message) : failure), issues });
    }
  }

  return (
    <section className="card" aria-labelledby="vendors-evaluators">
      <h2 id="vendors-evaluators">Evaluators</h2>
      <p className="muted">Everyone who scores. Anonymous evaluators appear as "Evaluator 1, 2, …" in results and on the projector. Scoring sheets (XLSX) are for those who score outside the room, in the current round ({round}).</p>
      {evaluators.length === 0 ? <div className="empty-state"><p>No evaluators yet. Add the members of the team who will score, and guests if any.</p></div> : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Evaluators</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Anonymous in results</th><th scope="col" className="actions">Actions</th></tr></thead>
            <tbody>
              {evaluators.map((e) => (
                <tr key={e.id}>
                  <th scope="row"><InlineText label={`Name of evaluator ${e.name}`} value={e.name} onCommit={(n) => mutate((a) => a.invoke('vendors.updateEvaluator', { id: e.id, patch: { name: n } }))} /></th>
                  <td><StableInput type="checkbox" aria-label={`${e.name} is anonymous in results`} checked={e.anonymous}
                    onChange={(ev) => void mutate((a) => a.invoke('vendors.updateEvaluator', { id: e.id, patch: { anonymous: ev.target.checked } }))} /></td>
                  <td className="actions">
                    <div className="row-actions">
                      <button type="button" className="button button--small" onClick={() => void api.invoke('vendors.exportSheet', { evaluatorId: e.id }).then((f) => downloadBase64(f.fileName, f.base64))}>
                        Scoring sheet<span className="visually-hidden"> of {e.name}</span> (XLSX)
                      </button>
                      <button type="button" className="button button--small button--danger" aria-label={`Remove ${e.name} and their scores`}
                        onClick={() => void mutate((a) => a.invoke('vendors.deleteEvaluator', { id: e.id }))}>Remove</button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {availableMembers.length > 0 ? (
        <form className="inline-form" aria-label="Add a team member as evaluator" onSubmit={(e) => { e.preventDefault(); void addMember(); }}>
          <Field label="Team member">{(control) => (
            <select {...control} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
              <option value="">Choose a member of the team</option>
              {availableMembers.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          )}</Field>
          <button type="submit" className="button" disabled={!memberId}>Add team member</button>
        </form>
      ) : null}
      <form className="inline-form" aria-label="Add an evaluator" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <Field label="Guest evaluator" error={error}>{(control) => <StableInput {...control} type="text" value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <button type="submit" className="button">Add evaluator</button>
      </form>
      <Field label="Import a filled-in scoring sheet (.xlsx)" hint="A sheet with any problem is refused as a whole, with the cells to fix.">
        {(control) => <StableInput {...control} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void importSheet(f); e.target.value = ''; }} />}
      </Field>
      {importResult ? (
        <div className={importResult.ok ? 'notice' : 'alert alert--error'} role={importResult.ok ? 'status' : 'alert'}>
          <p>{importResult.message}</p>
          {importResult.issues.length > 0 ? <ul className="issue-list">{importResult.issues.slice(0, 50).map((i) => <li key={i}>{i}</li>)}</ul> : null}
        </div>
      ) : null}
    </section>
  );
});
