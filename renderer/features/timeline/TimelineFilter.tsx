import { plural } from '../../components/format';
import type { RowFilter, RowScope } from './timeline-rows';

interface TimelineFilterProps {
  filter: RowFilter;
  shown: number;
  total: number;
  onChange(filter: RowFilter): void;
}

/** Narrows the table and the chart together: by text (name, WBS number, owner) and to the critical path or late tasks. */
export function TimelineFilter({ filter, shown, total, onChange }: TimelineFilterProps) {
  const active = filter.text.trim() !== '' || filter.scope !== 'all';
  return (
    <div className="timeline-filter" role="search" aria-label="Filter the plan">
      <input type="search" className="timeline-filter__text" aria-label="Filter tasks by name, WBS number or owner" placeholder="Filter tasks…" value={filter.text} onChange={(e) => onChange({ ...filter, text: e.target.value })} />
      <select aria-label="Show" value={filter.scope} onChange={(e) => onChange({ ...filter, scope: e.target.value as RowScope })}>
        <option value="all">All tasks</option>
        <option value="critical">Critical path only</option>
        <option value="late">Late tasks only</option>
      </select>
      {active ? (
        <>
          <span className="timeline-filter__count" role="status">{`${plural(shown, 'task', 'tasks')} of ${total.toLocaleString('en')}`}</span>
          <button type="button" className="button button--small button--quiet" onClick={() => onChange({ text: '', scope: 'all' })}>Clear filter</button>
        </>
      ) : null}
    </div>
  );
}
