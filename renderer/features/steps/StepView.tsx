import { useMemo } from 'react';
import { stepByKey, type StepKey } from '../../../shared/steps';
import { useRollout } from '../../state/RolloutProvider';
import { TaskTable } from '../timeline/TaskTable';
import { buildTaskRows, rowsForStep } from '../timeline/task-tree';
import { StepNotes } from './StepNotes';
import { StepStatusEditor } from './StepStatusEditor';
import { STEP_PANELS } from './step-panels';
import { goToFix } from './warning-fix';

export function StepView({ stepKey }: { stepKey: StepKey }) {
  const step = stepByKey(stepKey);
  const summary = useRollout((s) => s.steps.find((candidate) => candidate.key === stepKey));
  const tasks = useRollout((s) => s.tasks);
  const navigate = useRollout((s) => s.navigate);
  const rows = useMemo(() => rowsForStep(buildTaskRows(tasks), stepKey), [tasks, stepKey]);
  const Panel = STEP_PANELS[stepKey];

  return (
    <div className="view">
      <div className="view__header">
        <p className="view__eyebrow">Step {step.number} of 10</p>
        <h1>{step.title}</h1>
        <p className="view__lead">{step.purpose}</p>
      </div>

      <div className="step-grid">
        <section className="card" aria-labelledby="step-outcomes">
          <h2 id="step-outcomes">What done looks like</h2>
          <ul className="checklist">
            {step.outcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
        </section>
        {summary ? <StepStatusEditor summary={summary} /> : null}
      </div>

      {summary?.warnings.length ? (
        <section className="card card--attention" aria-labelledby="step-warnings">
          <h2 id="step-warnings">Needs attention</h2>
          <ul className="warnings">
            {summary.warnings.map((warning) => (
              <li key={warning.message}>
                {warning.message}
                {warning.fix ? (
                  <a className="warning-fix" href={`#${warning.fix.target}`} onClick={(e) => {
                    // The hash is the app's route: move focus to the place of the fix (its row, if it names one) instead of navigating.
                    e.preventDefault();
                    if (warning.fix) goToFix(warning.fix);
                  }}>
                    {warning.fix.label}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {Panel ? <Panel /> : null}

      <section aria-labelledby="step-tasks">
        <h2 id="step-tasks">Tasks</h2>
        {rows.length === 0 ? (
          <div className="empty-state">
            <p>No tasks are planned for this step yet.</p>
            <p>
              Tasks come from the timeline: a project created from the ten-step template has a phase for every step.
              This project was created blank, or this step's phase was removed; see the{' '}
              <a href="#/timeline" onClick={(e) => {
                e.preventDefault();
                navigate({ kind: 'timeline' });
              }}>
                timeline
              </a>{' '}
              for the whole plan.
            </p>
          </div>
        ) : (
          <TaskTable rows={rows} caption={`Tasks of step ${step.number}: ${step.title}`} />
        )}
      </section>

      {summary ? <StepNotes stepKey={stepKey} notes={summary.notes} /> : null}
    </div>
  );
}
