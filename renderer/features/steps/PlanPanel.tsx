import { BudgetHeadline } from '../budget/BudgetHeadline';
import { formatPlanDate, plural } from '../../components/format';
import { useProjectQuery } from '../../state/use-project-query';

/** Step 4 brings the timeline and the budget together: where the plan ends, what is late, and the money. */
export function PlanPanel() {
  const { data: schedule } = useProjectQuery('schedule.get', {});
  return (
    <>
      <section className="card" aria-labelledby="plan-timeline">
        <h2 id="plan-timeline">Timeline</h2>
        {schedule ? (
          <dl className="facts">
            <div className="facts__item"><dt>Planned start</dt><dd>{formatPlanDate(schedule.projectStart)}</dd></div>
            <div className="facts__item"><dt>Planned finish</dt><dd>{formatPlanDate(schedule.projectFinish)}</dd></div>
            <div className="facts__item">
              <dt>Late tasks</dt>
              <dd>{schedule.lateTaskIds.length === 0 ? 'None' : plural(schedule.lateTaskIds.length, 'task', 'tasks')}</dd>
            </div>
            <div className="facts__item">
              <dt>Against the baseline</dt>
              <dd>{schedule.baseline ? `${schedule.baseline.finishVarianceDays} working days (${schedule.baseline.name})` : 'No baseline compared'}</dd>
            </div>
          </dl>
        ) : (
          <p className="muted">Reading the schedule…</p>
        )}
        <p><a href="#/timeline">Open the timeline</a></p>
      </section>
      <BudgetHeadline />
    </>
  );
}
