import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/Alert';
import { useRollout } from '../../../state/RolloutProvider';
import { DecisionForm } from '../DecisionForm';
import { orderedCriteria, useEvaluation, useEvaluationResults } from '../use-evaluation';
import { LiveRanking } from './LiveRanking';
import { ScoreEntryGrid } from './ScoreEntryGrid';
import { SessionTimer } from './SessionTimer';

/**
 * The projected scoring session, full screen in the projection theme: one criterion at a time under the
 * facilitator's control, blind entry, reveal, a second round, a timer, the live ranking and the decision record.
 */
export function WorkshopView() {
  const { data, error, saveScore } = useEvaluation();
  const mutate = useRollout((s) => s.mutate);
  const navigate = useRollout((s) => s.navigate);
  const [showDecision, setShowDecision] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const criteria = useMemo(() => (data ? orderedCriteria(data) : []), [data]);
  const state = data?.state;
  const index = Math.max(0, criteria.findIndex((c) => c.id === state?.currentCriterionId));
  const criterion = criteria[index];
  // Scores of the open, unrevealed question stay out of the ranking, so the ranking cannot give them away.
  const visible = useMemo(() => {
    if (!data || !criterion || data.state.revealed) return data;
    return { ...data, scores: data.scores.filter((s) => !(s.criterionId === criterion.id && s.round === data.state.round)) };
  }, [data, criterion]);
  const results = useEvaluationResults(visible);

  useEffect(() => heading.current?.focus(), [criterion?.id, showDecision]);

  if (error) return <div className="workshop" data-theme="projection"><ErrorAlert title="The session could not be loaded">{error.message}</ErrorAlert></div>;
  if (!data || !state || !results) return <div className="workshop" data-theme="projection"><p role="status">Loading the session…</p></div>;

  const session = (patch: Record<string, unknown>) => mutate((api) => api.invoke('vendors.updateSession', { patch }));
  const goTo = (i: number) => {
    const target = criteria[i];
    setShowDecision(false);
    if (target) void session({ currentCriterionId: target.id, revealed: false, timerStartedAt: null });
  };
  const exit = () => navigate({ kind: 'step', key: 'vendors' });

  return (
    <div className="workshop" data-theme="projection">
      <header className="workshop__bar">
        <span className="workshop__progress">{showDecision ? 'Decision' : `Criterion ${index + 1} of ${criteria.length}`} · Round {state.round}</span>
        {!showDecision ? <SessionTimer startedAt={state.timerStartedAt} seconds={state.timerSeconds} /> : null}
        <button type="button" className="button" onClick={exit}>Leave session</button>
      </header>
      <main className="workshop__main">
        <div className="workshop__stage">
          {showDecision || !criterion ? (
            <>
              <h1 ref={heading} tabIndex={-1}>Decision record</h1>
              <DecisionForm key={JSON.stringify(data.decision)} decision={data.decision} vendors={data.vendors} suggested={results.ranking.sensitivity.leaderId} />
            </>
          ) : (
            <>
              <p className="workshop__group">{data.groups.find((g) => g.id === criterion.groupId)?.name}{criterion.mustHave ? ' · must-have' : ''}{criterion.direction === 'cost' ? ' · cost: lower is better' : ''}</p>
              <h1 ref={heading} tabIndex={-1}>{criterion.name}</h1>
              {criterion.description ? <p className="workshop__description">{criterion.description}</p> : null}
              <details className="workshop__levels">
                <summary>What the levels mean</summary>
                <ol start={0}>{criterion.descriptors.map((d, level) => <li key={level}>{d}</li>)}</ol>
              </details>
              <ScoreEntryGrid data={data} criterion={criterion} round={state.round} revealed={state.revealed}
                onScore={(evaluatorId, vendorId, value) => saveScore({ evaluatorId, vendorId, criterionId: criterion.id, round: state.round, value })} />
            </>
          )}
        </div>
        <LiveRanking data={data} results={results} />
      </main>
      <footer className="workshop__controls">
        <button type="button" className="button button--large" disabled={index === 0 && !showDecision} onClick={() => goTo(showDecision ? index : index - 1)}>← Previous</button>
        {!showDecision && criterion ? (
          <>
            <button type="button" className="button button--large" onClick={() => void session({ timerStartedAt: new Date().toISOString() })}>
              {state.timerStartedAt ? 'Restart timer' : 'Start timer'}
            </button>
            {!state.revealed ? (
              <button type="button" className="button button--large button--primary" onClick={() => void session({ revealed: true })}>Reveal scores</button>
            ) : state.round === 1 ? (
              <button type="button" className="button button--large button--primary" onClick={() => void session({ round: 2, revealed: false, timerStartedAt: null })}>Open round 2</button>
            ) : (
              <button type="button" className="button button--large" onClick={() => void session({ round: 1, revealed: false, timerStartedAt: null })}>Back to round 1</button>
            )}
          </>
        ) : null}
        {index < criteria.length - 1 && !showDecision ? (
          <button type="button" className="button button--large" onClick={() => goTo(index + 1)}>Next criterion →</button>
        ) : !showDecision ? (
          <button type="button" className="button button--large" onClick={() => setShowDecision(true)}>Decision record →</button>
        ) : null}
      </footer>
    </div>
  );
}
