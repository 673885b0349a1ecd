import { format, parseISO } from 'date-fns';
import { PercentInput } from '../../components/PercentInput';
import { WRITES_ONE_TASK } from '../../state/rollout-store';
import { useRollout } from '../../state/RolloutProvider';
import { CellInput } from './CellInput';
import { isEventRow, type BodyRow, type EventRow } from './timeline-rows';

interface TaskGridProps {
  rows: readonly BodyRow[];
  rowHeight: number;
  headerHeight: number;
  selectedId: string | null;
  onSelect(id: string): void;
  onToggle(id: string): void;
  memberNames: ReadonlyMap<string, string>;
}

const shortDate = (iso: string | null | undefined) => (iso ? format(parseISO(iso), 'd MMM yy') : '');

function checkDays(draft: string): string | null {
  const n = Number(draft);
  return draft.trim() === '' || !Number.isInteger(n) || n < 0 || n > 3_650 ? 'Whole working days from 0 to 3,650' : null;
}

const checkDate = (draft: string) => (/^\d{4}-\d{2}-\d{2}$/.test(draft) ? null : 'Enter a date');

const EVENT_SOURCE = { communication: 'Step 5', training: 'Step 6', group: '' } as const;
const EVENT_KIND = { communication: 'Communication', training: 'Training session', group: '' } as const;

/** A row of steps 5 and 6: read-only here (it is planned on its step's page), the group collapsible like a phase. */
function EventGridRow({ row, rowHeight, selected, onSelect, onToggle }: { row: EventRow; rowHeight: number; selected: boolean; onSelect(id: string): void; onToggle(id: string): void }) {
  const group = row.source === 'group';
  const classes = ['timeline-grid__row', 'is-event', group ? 'is-group' : '', selected ? 'is-selected' : ''];
  return (
    <tr className={classes.filter(Boolean).join(' ')} style={{ height: rowHeight }} aria-selected={selected} tabIndex={-1} onClick={() => onSelect(row.id)}>
      <td className="timeline-grid__wbs" />
      <th scope="row" className="timeline-grid__name" style={{ paddingInlineStart: `${4 + row.depth * 16}px` }}>
        {group ? (
          <button type="button" className="tree-toggle" aria-expanded={!row.collapsed} aria-label={`${row.collapsed ? 'Expand' : 'Collapse'} ${row.label}`} onClick={() => onToggle(row.id)}>
            <span aria-hidden="true">{row.collapsed ? '▸' : '▾'}</span>
          </button>
        ) : (
          <span className="milestone-mark" aria-hidden="true">◇</span>
        )}
        <span className="timeline-grid__event-label" title={row.label}>{group ? row.label : <><span className="visually-hidden">{EVENT_KIND[row.source]}: </span>{row.label}</>}</span>
      </th>
      <td className="timeline-grid__source">{EVENT_SOURCE[row.source]}</td>
      <td className="timeline-grid__date">{shortDate(row.start)}</td>
      <td className="timeline-grid__date">{shortDate(row.finish)}</td>
      <td className="num" />
      <td className="num" />
    </tr>
  );
}

/** The task table beside the chart: one row per chart row, the same height, editable in place. */
export function TaskGrid({ rows, rowHeight, headerHeight, selectedId, onSelect, onToggle, memberNames }: TaskGridProps) {
  const mutate = useRollout((s) => s.mutate);
  const update = (id: string, patch: Record<string, unknown>) => mutate((api) => api.invoke('tasks.update', { id, patch }), WRITES_ONE_TASK);
  const reschedule = (id: string, start: string, finish?: string) => mutate((api) => api.invoke('tasks.reschedule', finish === undefined ? { id, start } : { id, start, finish }), WRITES_ONE_TASK);

  return (
    <table className="table timeline-grid" aria-rowcount={-1}>
      <caption className="visually-hidden">Tasks of the plan with their dates; the chart beside shows the same rows</caption>
      <thead>
        <tr style={{ height: headerHeight }}>
          <th scope="col" className="timeline-grid__wbs">WBS</th>
          <th scope="col">Task</th>
          <th scope="col">Owner</th>
          <th scope="col">Start</th>
          <th scope="col">Finish</th>
          <th scope="col" className="num">Days</th>
          <th scope="col" className="num">Done</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          if (isEventRow(row)) return <EventGridRow key={row.id} row={row} rowHeight={rowHeight} selected={row.id === selectedId} onSelect={onSelect} onToggle={onToggle} />;
          const { task, scheduled: s } = row;
          const milestone = s?.isMilestone ?? task.isMilestone;
          const classes = ['timeline-grid__row', row.isGroup ? 'is-group' : '', task.id === selectedId ? 'is-selected' : '', s?.critical && !row.isGroup ? 'is-critical' : '', s?.late ? 'is-late' : ''];
          return (
            <tr key={task.id} className={classes.filter(Boolean).join(' ')} style={{ height: rowHeight }} aria-selected={task.id === selectedId} onClick={() => onSelect(task.id)} onFocus={() => onSelect(task.id)}>
              <td className="timeline-grid__wbs">{row.wbs}</td>
              <th scope="row" className="timeline-grid__name" style={{ paddingInlineStart: `${4 + row.depth * 16}px` }}>
                {row.isGroup ? (
                  <button type="button" className="tree-toggle" aria-expanded={!row.collapsed} aria-label={`${row.collapsed ? 'Expand' : 'Collapse'} ${task.name}`} onClick={() => onToggle(task.id)}>
                    <span aria-hidden="true">{row.collapsed ? '▸' : '▾'}</span>
                  </button>
                ) : milestone ? (
                  <span className="milestone-mark" aria-hidden="true">◆</span>
                ) : (
                  <span className="tree-spacer" aria-hidden="true" />
                )}
                <CellInput label={`Name of ${task.name}`} value={task.name} className="cell-input--name" check={(d) => (d.trim() ? null : 'A task needs a name')} onCommit={(name) => update(task.id, { name: name.trim() })} />
                {s?.late ? <span className="late-mark">late</span> : null}
              </th>
              <td>
                {row.task.parentId === null ? null : <CellInput label={`Owner of ${task.name}`} value={(task.ownerMemberId ? memberNames.get(task.ownerMemberId) : undefined) ?? task.ownerName} onCommit={(ownerName) => update(task.id, { ownerName: ownerName.trim() })} />}
              </td>
              {row.isGroup ? (
                <>
                  <td className="timeline-grid__date">{shortDate(s?.start)}</td>
                  <td className="timeline-grid__date">{shortDate(s?.finish)}</td>
                  <td className="num">{s?.start ? s.durationDays : ''}</td>
                  <td className="num"><span className="rollup">{s?.percentComplete ?? 0}%</span></td>
                </>
              ) : (
                <>
                  <td><CellInput type="date" label={`Start of ${task.name}`} value={s?.start ?? ''} check={checkDate} onCommit={(start) => reschedule(task.id, start)} /></td>
                  <td>{milestone ? <span className="timeline-grid__date">{shortDate(s?.finish)}</span> : <CellInput type="date" label={`Finish of ${task.name}`} value={s?.finish ?? ''} check={(d) => checkDate(d) ?? (s?.start && d < s.start ? 'The finish cannot be before the start' : null)} onCommit={(finish) => reschedule(task.id, s?.start ?? finish, finish)} />}</td>
                  <td className="num"><CellInput type="number" min={0} max={3650} label={`Working days of ${task.name}`} value={String(task.durationDays)} check={checkDays} onCommit={(d) => update(task.id, { durationDays: Number(d) })} /></td>
                  <td className="num">{milestone ? null : <PercentInput compact label={`% complete of ${task.name}`} value={task.percentComplete} onCommit={(percentComplete) => update(task.id, { percentComplete })} />}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

