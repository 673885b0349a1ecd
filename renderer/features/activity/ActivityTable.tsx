import type { AuditPage } from '../../../shared/api/methods/audit';
import type { AuditEntry } from '../../../shared/api/contract';
import { scopeLabel } from '../../../shared/rules/audit-csv';
import { entityLabel } from '../../../shared/rules/audit-trail';
import { formatTimestamp } from '../../components/format';

const ACTION_LABELS: Record<AuditEntry['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  undo: 'Undone',
  redo: 'Redone',
  decision: 'Recorded',
  file: 'File',
};

/** One page of the trail. Text is rendered by React as text: summaries carry user-typed names. */
export function ActivityTable({ entries }: { entries: AuditPage['entries'] }) {
  return (
    <div className="table-scroll">
      <table className="table activity-table">
        <caption className="visually-hidden">Activity, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Step</th>
            <th scope="col">Entity</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className={entry.decision ? 'activity-table__decision' : undefined}>
              <td className="nowrap"><time dateTime={entry.at}>{formatTimestamp(entry.at)}</time></td>
              <td>{entry.actor}</td>
              <td>
                {entry.decision ? <span className="decision-mark">Decision</span> : null}
                <span className="action-tag">{ACTION_LABELS[entry.action]}</span> {entry.summary}
              </td>
              <td>{scopeLabel(entry.entityType, entry.entityId)}</td>
              <td>{entityLabel(entry.entityType)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
