import { useState } from 'react';
import type { AuditEntry } from '../../../shared/api/contract';
import { ErrorAlert } from '../../components/Alert';
import { formatTimestamp } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';
import { errorMessage } from '../../state/save-state';

const ACTION_LABELS: Record<AuditEntry['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  undo: 'Undone',
  redo: 'Redone',
  decision: 'Decision',
  file: 'File',
};

function entityText(entry: AuditEntry): string {
  const type = entry.entityType.replace(/[_-]/g, ' ');
  return type.charAt(0).toUpperCase() + type.slice(1);
}

export function ActivityView() {
  const audit = useRollout((s) => s.audit);
  const complete = useRollout((s) => s.auditComplete);
  const loadMore = useRollout((s) => s.loadMoreAudit);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function more() {
    setLoading(true);
    setError(null);
    try {
      await loadMore();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="view">
      <div className="view__header">
        <h1>Activity</h1>
        <p className="view__lead">Every change to this project, newest first. The record travels with the file.</p>
      </div>
      {audit.length === 0 ? (
        <p className="empty-state">Nothing has been recorded yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Activity, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Entity</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap"><time dateTime={entry.at}>{formatTimestamp(entry.at)}</time></td>
                  <td>{entry.actor}</td>
                  <td>
                    <span className="action-tag">{ACTION_LABELS[entry.action]}</span> {entry.summary}
                  </td>
                  <td>{entityText(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error ? <ErrorAlert title="More activity could not be loaded">{error}</ErrorAlert> : null}
      {!complete && audit.length > 0 ? (
        <p>
          <button type="button" className="button" disabled={loading} onClick={() => void more()}>
            {loading ? 'Loading…' : 'Load more'}
          </button>
        </p>
      ) : null}
    </div>
  );
}
