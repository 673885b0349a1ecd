import { trainingCoverage } from '../../../shared/rules/training';
import { formatPlanDate } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';

const SHOWN = 5;

/** Next milestones and late tasks from the computed schedule, and training coverage from step 6. */
export function ScheduleAndTraining() {
  const { data: schedule } = useProjectQuery('schedule.get', {});
  const { data: people } = useProjectQuery('people.read', {});
  const tasks = useRollout((s) => s.tasks);
  const navigate = useRollout((s) => s.navigate);
  const name = new Map(tasks.map((t) => [t.id, t.name]));
  const milestones = (schedule?.tasks ?? [])
    .filter((t) => t.isMilestone && t.percentComplete < 100 && t.start !== null && t.start >= schedule!.today)
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''))
    .slice(0, SHOWN);
  const late = (schedule?.lateTaskIds ?? []).slice(0, SHOWN);
  const finishOf = new Map((schedule?.tasks ?? []).map((t) => [t.id, t.finish]));
  const coverage = people ? trainingCoverage(people) : null;
  const toTimeline = (e: React.MouseEvent) => {
    e.preventDefault();
    navigate({ kind: 'timeline' });
  };

  return (
    <section className="card" aria-labelledby="overview-schedule">
      <h2 id="overview-schedule">Milestones, late tasks and training</h2>
      {schedule ? (
        <>
          <h3>Next milestones</h3>
          {milestones.length ? (
            <ul className="compact-list">{milestones.map((m) => <li key={m.id}><span>{name.get(m.id)}</span><span>{m.start ? formatPlanDate(m.start) : ''}</span></li>)}</ul>
          ) : <p className="muted">No open milestone ahead.</p>}
          <h3>Late tasks ({schedule.lateTaskIds.length})</h3>
          {late.length ? (
            <ul className="compact-list">{late.map((id) => <li key={id}><span>{name.get(id)}</span><span>due {formatPlanDate(finishOf.get(id) ?? '')}</span></li>)}</ul>
          ) : <p className="muted">Nothing is late.</p>}
          <p><a href="#/timeline" onClick={toTimeline}>Timeline</a></p>
        </>
      ) : null}
      {coverage ? (
        <>
          <h3>Training coverage</h3>
          <p>{coverage.completedPercent}% of required training completed, {coverage.enrolledPercent}% enrolled.</p>
        </>
      ) : null}
    </section>
  );
}
