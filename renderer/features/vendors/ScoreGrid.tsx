import { useState } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import { scaleValues } from '../../../shared/rules/scoring/scales';
import { useRollout } from '../../state/RolloutProvider';
import { orderedCriteria } from './use-evaluation';

/** Score entry per evaluator and round: criteria down, vendors across. Each choice is saved at once. */
export function ScoreGrid({ data }: { data: VendorEvaluation }) {
  const mutate = useRollout((s) => s.mutate);
  const [evaluatorId, setEvaluatorId] = useState('');
  const [round, setRound] = useState<1 | 2>(1);
  const evaluator = data.evaluators.find((e) => e.id === evaluatorId) ?? data.evaluators[0];
  if (!evaluator || data.vendors.length === 0 || data.criteria.length === 0) {
    return <div className="empty-state"><p>Scores can be entered once there are vendors, criteria and evaluators.</p></div>;
  }
  const criteria = orderedCriteria(data);
  const mine = new Map(data.scores.filter((s) => s.evaluatorId === evaluator.id && s.round === round).map((s) => [`${s.vendorId}|${s.criterionId}`, s]));
  const filled = mine.size;
  const total = criteria.length * data.vendors.length;

  return (
    <div>
      <div className="toolbar">
        <label className="inline-label">Evaluator{' '}
          <select value={evaluator.id} onChange={(e) => setEvaluatorId(e.target.value)}>
            {data.evaluators.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </select>
        </label>
        <label className="inline-label">Round{' '}
          <select value={round} onChange={(e) => setRound(Number(e.target.value) === 2 ? 2 : 1)}>
            <option value={1}>1 – independent</option>
            <option value={2}>2 – after discussion</option>
          </select>
        </label>
        <span className="muted" role="status">{filled} of {total} scored</span>
      </div>
      <div className="table-scroll">
        <table className="table score-grid">
          <caption className="visually-hidden">Scores of {evaluator.name}, round {round}</caption>
          <thead>
            <tr><th scope="col">Criterion</th>{data.vendors.map((v) => <th key={v.id} scope="col">{v.name}</th>)}</tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name} <span className="muted small">({c.scale}{c.direction === 'cost' ? ', cost' : ''})</span></th>
                {data.vendors.map((v) => {
                  const score = mine.get(`${v.id}|${c.id}`);
                  return (
                    <td key={v.id}>
                      <select aria-label={`${c.name}, ${v.name}`} value={score ? String(score.value) : ''} title={score?.rationale || undefined}
                        onChange={(e) => void mutate((api) => api.invoke('vendors.setScore', {
                          evaluatorId: evaluator.id, vendorId: v.id, criterionId: c.id, round, value: e.target.value === '' ? null : Number(e.target.value),
                        }))}>
                        <option value="">–</option>
                        {scaleValues(c.scale).map((n) => <option key={n} value={n}>{n === 0 ? '0 (no evidence)' : n}</option>)}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Must-have criteria are checked pass/fail per vendor before any weighting. */
export function KnockoutGrid({ data }: { data: VendorEvaluation }) {
  const mutate = useRollout((s) => s.mutate);
  const mustHaves = orderedCriteria(data).filter((c) => c.mustHave);
  if (mustHaves.length === 0 || data.vendors.length === 0) return <p className="muted">No must-have criteria: tick "Must-have" on a criterion to make it a knock-out gate.</p>;
  const status = new Map(data.knockouts.map((k) => [`${k.vendorId}|${k.criterionId}`, k.status]));
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">Must-have checks</caption>
        <thead><tr><th scope="col">Must-have</th>{data.vendors.map((v) => <th key={v.id} scope="col">{v.name}</th>)}</tr></thead>
        <tbody>
          {mustHaves.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              {data.vendors.map((v) => (
                <td key={v.id}>
                  <select aria-label={`${v.name} on must-have ${c.name}`} value={status.get(`${v.id}|${c.id}`) ?? ''}
                    onChange={(e) => void mutate((api) => api.invoke('vendors.setKnockout', { vendorId: v.id, criterionId: c.id, status: e.target.value === '' ? null : (e.target.value as 'pass' | 'fail') }))}>
                    <option value="">Not checked</option>
                    <option value="pass">Pass</option>
                    <option value="fail">Fail (knocked out)</option>
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
