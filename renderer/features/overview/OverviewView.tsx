import { STEPS } from '../../../shared/steps';
import { StatusBadge } from '../../components/StatusBadge';
import { daysUntil, formatPlanDate, plural } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';
import { RecentActivity } from './RecentActivity';
import { OperationsOverview } from './OperationsOverview';
import { BudgetHeadline } from '../budget/BudgetHeadline';

function goLiveText(targetGoLive: string): string {
  const days = daysUntil(targetGoLive);
  if (days > 0) return `${plural(days, 'day', 'days')} to go-live`;
  if (days === 0) return 'Go-live is today';
  return `Go-live was ${plural(-days, 'day', 'days')} ago`;
}

export function OverviewView() {
  const project = useRollout((s) => s.openProject?.project);
  const steps = useRollout((s) => s.steps);
  const navigate = useRollout((s) => s.navigate);
  if (!project) return null;

  return (
    <div className="view">
      <div className="view__header">
        <p className="view__eyebrow">Overview</p>
        <h1>{project.name}</h1>
        {project.organisation ? <p className="view__lead">{project.organisation}</p> : null}
      </div>

      <dl className="facts">
        <div className="facts__item">
          <dt>Planned start</dt>
          <dd>{formatPlanDate(project.plannedStart)}</dd>
        </div>
        <div className="facts__item">
          <dt>Target go-live</dt>
          <dd>{formatPlanDate(project.targetGoLive)}</dd>
        </div>
        <div className="facts__item">
          <dt>Countdown</dt>
          <dd>{goLiveText(project.targetGoLive)}</dd>
        </div>
        <div className="facts__item">
          <dt>Currency</dt>
          <dd>{project.currency}</dd>
        </div>
      </dl>

      <section aria-labelledby="overview-steps">
        <h2 id="overview-steps">The ten steps</h2>
        <ol className="step-cards">
          {STEPS.map((step) => {
            const summary = steps.find((s) => s.key === step.key);
            const percent = summary?.progress.percentComplete ?? 0;
            return (
              <li key={step.key} className="step-card">
                <div className="step-card__head">
                  <span className="step-card__number" aria-hidden="true">{step.number}</span>
                  <h3 className="step-card__title">
                    <a href={`#/step/${step.key}`} onClick={(e) => {
                      e.preventDefault();
                      navigate({ kind: 'step', key: step.key });
                    }}>
                      <span className="visually-hidden">Step {step.number}: </span>
                      {step.title}
                    </a>
                  </h3>
                </div>
                <div className="step-card__status">
                  {summary ? <StatusBadge status={summary.status} /> : null}
                  {summary && summary.progress.taskCount > 0 ? (
                    <div className="progress">
                      <progress max={100} value={percent} aria-label={`${step.title} progress`} />
                      <span className="progress__text">
                        {percent}% of {plural(summary.progress.taskCount, 'task', 'tasks')}
                      </span>
                    </div>
                  ) : (
                    <span className="step-card__note">No tasks planned</span>
                  )}
                </div>
                {summary?.warnings.length ? (
                  <ul className="warnings">
                    {summary.warnings.map((warning) => (
                      <li key={warning.message}>
                        {/* Each warning links to where it is fixed: the step page, or the governance records for step 10. */}
                        <a href={step.key === 'contingency' ? '#/governance' : `#/step/${step.key}`} onClick={(e) => {
                          e.preventDefault();
                          navigate(step.key === 'contingency' ? { kind: 'governance' } : { kind: 'step', key: step.key });
                        }}>
                          {warning.message}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <OperationsOverview />

      <BudgetHeadline />

      <RecentActivity />
    </div>
  );
}
