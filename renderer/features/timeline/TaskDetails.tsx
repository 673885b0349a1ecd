import { CONSTRAINT_CHOICES, DEPENDENCY_TYPE_LABELS, type Dependency } from '../../../shared/schemas/task';
import type { TimelineRelated } from '../../../shared/schemas/timeline';
import { TaskLinks } from './TaskLinks';
import { formatPlanDate, plural } from '../../components/format';
import { WRITES_ONE_TASK } from '../../state/rollout-store';
import { useRollout } from '../../state/RolloutProvider';
import { CellInput } from './CellInput';
import type { TimelineRow } from './timeline-rows';

interface TaskDetailsProps {
  row: TimelineRow;
  dependencies: readonly Dependency[];
  names: ReadonlyMap<string, string>;
  related: TimelineRelated | undefined;
}

const lagText = (lag: number) => (lag === 0 ? '' : ` ${lag > 0 ? '+' : '−'}${plural(Math.abs(lag), 'day', 'days')}`);

/** The selected task beyond the table's columns: why it starts when it does, actual dates, links and notes. */
export function TaskDetails({ row, dependencies, names, related }: TaskDetailsProps) {
  const mutate = useRollout((s) => s.mutate);
  const { task, scheduled: s } = row;
  const update = (patch: Record<string, unknown>) => mutate((api) => api.invoke('tasks.update', { id: task.id, patch }), WRITES_ONE_TASK);
  const before = dependencies.filter((d) => d.successorId === task.id);
  const after = dependencies.filter((d) => d.predecessorId === task.id);
  const constraintChoice = CONSTRAINT_CHOICES.find((c) => c.type === task.constraintType && (c.type === 'asap' || c.anchor === (task.constraintAnchor ?? 'start')))?.value ?? 'asap';

  return (
    <section className="card task-details" aria-labelledby="task-details-title">
      <h2 id="task-details-title">{`${row.wbs} ${task.name}`}</h2>
      {s?.start ? (
        <p className="task-details__facts">
          {`${formatPlanDate(s.start)} to ${formatPlanDate(s.finish ?? s.start)}`}
          {s.totalSlackDays !== null && !row.isGroup ? ` · ${s.critical ? 'on the critical path' : `${plural(s.totalSlackDays, 'working day', 'working days')} of slack`}` : ''}
          {s.finishVarianceDays !== null ? ` · ${s.finishVarianceDays === 0 ? 'on baseline' : `${plural(Math.abs(s.finishVarianceDays), 'working day', 'working days')} ${s.finishVarianceDays > 0 ? 'later' : 'earlier'} than the baseline`}` : ''}
          {s.late ? ' · late: past its finish and not complete' : ''}
        </p>
      ) : null}
      {row.isGroup ? (
        <p className="field__hint">A summary takes its dates and progress from the tasks inside it.</p>
      ) : (
        <div className="task-details__grid">
          <label className="task-details__field">
            <span>Date constraint</span>
            <select value={constraintChoice} onChange={(e) => {
              const choice = CONSTRAINT_CHOICES.find((c) => c.value === e.target.value) ?? CONSTRAINT_CHOICES[0];
              if (!choice) return;
              // Keep the date while the constrained end stays the same; otherwise start from where that end is now.
              const sameEnd = task.constraintType !== 'asap' && (task.constraintAnchor ?? 'start') === choice.anchor;
              const date = (sameEnd ? task.constraintDate : null) ?? (choice.anchor === 'finish' ? s?.finish : s?.start) ?? null;
              void update(choice.type === 'asap' ? { constraintType: 'asap', constraintAnchor: 'start' } : { constraintType: choice.type, constraintAnchor: choice.anchor, constraintDate: date });
            }}>
              {CONSTRAINT_CHOICES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select>
          </label>
          {task.constraintType !== 'asap' ? (
            <div className="task-details__field"><span>{task.constraintAnchor === 'finish' ? 'Finish date' : 'Start date'}</span><CellInput type="date" label={task.constraintAnchor === 'finish' ? 'Constraint finish date' : 'Constraint start date'} value={task.constraintDate ?? ''} onCommit={(constraintDate) => update({ constraintDate })} /></div>
          ) : null}
          <div className="task-details__field"><span>Actual start</span><CellInput type="date" label="Actual start" value={task.actualStart ?? ''} onCommit={(d) => update({ actualStart: d || null })} /></div>
          <div className="task-details__field"><span>Actual finish</span><CellInput type="date" label="Actual finish" value={task.actualFinish ?? ''} onCommit={(d) => update({ actualFinish: d || null })} /></div>
        </div>
      )}
      {!row.isGroup ? <TaskLinks task={task} related={related} /> : null}
      {!row.isGroup ? (
        <div className="task-details__links">
          <h3>Waits for</h3>
          {before.length === 0 ? <p className="field__hint">Nothing: it starts at the project start unless a date says otherwise. Use “Add dependency…”.</p> : (
            <ul className="link-list">
              {before.map((d) => (
                <li key={d.id}>
                  {`${names.get(d.predecessorId) ?? '?'} — ${DEPENDENCY_TYPE_LABELS[d.type].toLowerCase()}${lagText(d.lagDays)}`}
                  <button type="button" className="button button--small button--quiet" aria-label={`Remove the link from ${names.get(d.predecessorId) ?? 'the predecessor'}`} onClick={() => void mutate((api) => api.invoke('dependencies.remove', { id: d.id }))}>Remove</button>
                </li>
              ))}
            </ul>
          )}
          {after.length > 0 ? <p className="field__hint">{`Followed by ${after.map((d) => names.get(d.successorId) ?? '?').join(', ')}.`}</p> : null}
        </div>
      ) : null}
      <div className="task-details__field task-details__notes">
        <span>Notes</span>
        <CellInput label={`Notes of ${task.name}`} value={task.notes} onCommit={(notes) => update({ notes })} />
      </div>
    </section>
  );
}
