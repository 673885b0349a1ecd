import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { Criterion } from '../../../shared/schemas/vendors';
import { ErrorAlert } from '../../components/Alert';
import { LoadingView } from '../../components/LoadingView';
import { useRollout } from '../../state/RolloutProvider';
import { AhpEditor } from './AhpEditor';
import { CriteriaSection } from './CriteriaSection';
import { DecisionForm } from './DecisionForm';
import { EvaluatorsSection } from './EvaluatorsSection';
import { InlineNumber } from './inline-inputs';
import { ScoresSection } from './ScoreGrid';
import { useEvaluation, useEvaluationResults } from './use-evaluation';
import { VendorTable } from './VendorTable';

// The results and their charts load on demand, keeping the chart code out of the JavaScript needed at start.
const ResultsSection = lazy(() => import('./ResultsSection').then((m) => ({ default: m.ResultsSection })));

/** Step 3: vendors, criteria and weights, scores, results and the decision; the workshop view projects it. */
export function VendorsPanel() {
  const { data, error, patch, saveScore } = useEvaluation();
  // The saved criterion as the backend answered it, shown (weights, ranking, sensitivity) before the evaluation is read again.
  const criterionSaved = useCallback((saved: Criterion) => patch((d) => ({ ...d, criteria: d.criteria.map((c) => (c.id === saved.id ? saved : c)) })), [patch]);
  const mutate = useRollout((s) => s.mutate);
  const navigate = useRollout((s) => s.navigate);
  const results = useEvaluationResults(data);
  const weights = useMemo(() => new Map(results ? results.prepared.matrix.criterionIds.map((id, i) => [id, results.ranking.weights[i] ?? 0]) : []), [results]);
  if (error) return <ErrorAlert title="The vendor evaluation could not be loaded">{error.message}</ErrorAlert>;
  if (!data || !results) return <p className="muted" role="status">Loading the vendor evaluation…</p>;
  const ready = data.vendors.length > 0 && data.criteria.length > 0 && data.evaluators.length > 0;
  const settings = (patch: Record<string, unknown>) => mutate((api) => api.invoke('vendors.updateSettings', { patch }));

  return (
    <div className="vendors">
      <section className="card session-launch" aria-labelledby="vendors-session">
        <div>
          <h2 id="vendors-session">Scoring workshop</h2>
          <p className="muted">Project a full-screen session: one criterion at a time, blind scores until you reveal, a timer, a second round and the decision record.</p>
        </div>
        <button type="button" className="button button--primary button--large" disabled={!ready} onClick={() => navigate({ kind: 'workshop' })}>
          Start scoring session
        </button>
        {!ready ? <p className="muted small">Add vendors, criteria and evaluators first.</p> : null}
      </section>
      <VendorTable vendors={data.vendors} headcount={data.headcount.value} currency={data.currency} />
      <CriteriaSection data={data} weights={weights} onCriterionSaved={criterionSaved} />
      <section className="card" aria-labelledby="vendors-weighting">
        <h2 id="vendors-weighting">Weighting and aggregation</h2>
        <div className="toolbar">
          <label className="inline-label">Weights{' '}
            <select value={data.state.weightMethod} onChange={(e) => void settings({ weightMethod: e.target.value })}>
              <option value="direct">Direct (raw importance, normalised)</option>
              <option value="ahp">Pairwise comparison of groups (AHP)</option>
            </select>
          </label>
          <label className="inline-label">Combine evaluators by{' '}
            <select value={data.state.aggregation} onChange={(e) => void settings({ aggregation: e.target.value })}>
              <option value="mean">Mean</option>
              <option value="median">Median</option>
            </select>
          </label>
          {data.headcount.source === 'evaluation' ? (
            <InlineNumber label="Headcount for cost of ownership" compact={false} value={data.state.headcount} min={0} max={10_000_000} onCommit={(headcount) => settings({ headcount })} />
          ) : <span className="muted">Headcount {data.headcount.value.toLocaleString()} from the deployment waves</span>}
        </div>
        {data.state.weightMethod === 'ahp' ? <AhpEditor data={data} /> : null}
      </section>
      <EvaluatorsSection evaluators={data.evaluators} round={data.state.round} />
      <section className="card" aria-labelledby="vendors-scores">
        <h2 id="vendors-scores">Scores</h2>
        <ScoresSection data={data} onScore={saveScore} />
      </section>
      <section className="card" aria-labelledby="vendors-results">
        <h2 id="vendors-results">Results</h2>
        {data.vendors.length === 0 ? <p className="muted">Results appear once vendors are scored.</p> : (
          <Suspense fallback={<LoadingView what="the results" />}>
            <ResultsSection data={data} results={results} />
          </Suspense>
        )}
      </section>
      <section className="card" aria-labelledby="vendors-decision">
        <h2 id="vendors-decision">Decision</h2>
        {data.vendors.length === 0 ? <p className="muted">Record the decision once vendors are evaluated.</p> : (
          <DecisionForm key={JSON.stringify(data.decision)} decision={data.decision} vendors={data.vendors} suggested={results.ranking.sensitivity.leaderId} />
        )}
      </section>
    </div>
  );
}
