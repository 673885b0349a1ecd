import { formatTimestamp } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';

const SHOWN = 8;

export function RecentActivity() {
  const audit = useRollout((s) => s.audit);
  const navigate = useRollout((s) => s.navigate);
  const recent = audit.slice(0, SHOWN);

  return (
    <section aria-labelledby="overview-activity" className="card">
      <h2 id="overview-activity">Recent activity</h2>
      {recent.length === 0 ? (
        <p className="muted">Nothing has changed yet.</p>
      ) : (
        <ul className="activity-list">
          {recent.map((entry) => (
            <li key={entry.id}>
              <span className="activity-list__summary">{entry.summary}</span>
              <span className="activity-list__meta">
                {entry.actor} · <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      {audit.length > SHOWN ? (
        <p>
          <a href="#/activity" onClick={(e) => {
            e.preventDefault();
            navigate({ kind: 'activity' });
          }}>
            All activity
          </a>
        </p>
      ) : null}
    </section>
  );
}
