import { memo, useMemo, useState } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import { scaleValues } from '../../../shared/rules/scoring/scales';
import type { Criterion, Score, ScoreInput, Vendor } from '../../../shared/schemas/vendors';
import { useRollout } from '../../state/RolloutProvider';
import { orderedCriteria } from './use-evaluation';

/**
 * Vendors side by side in the score grids, at most this many at a time: a page of twelve columns is what a screen
 * can show, and a grid of every vendor of a large evaluation (100 vendors x 60 criteria: 6,000 choices) is neither
 * readable nor quick to draw.
 */
export const VENDORS_PER_PAGE = 12;

/** The must-have checks and the score entry, over one page of vendors chosen above them. */
export const ScoresSection = memo(function ScoresSection({ data, onScore }: { data: VendorEvaluation; onScore: SaveScore }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(data.vendors.length / VENDORS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const vendors = useMemo(() => data.vendors.slice(current * VENDORS_PER_PAGE, (current + 1) * VENDORS_PER_PAGE), [data.vendors, current]);
  const criteria = useMemo(() => orderedCriteria(data), [data]);

  return (
    <>
      {pages > 1 ? (
        <div className="toolbar vendor-pages">
          <label className="inline-label">Vendors shown{' '}
            <select value={current} onChange={(e) => setPage(Number(e.target.value))}>
              {Array.from({ length: pages }, (_, p) => {
                const first = p * VENDORS_PER_PAGE;
                const last = Math.min(data.vendors.length, first + VENDORS_PER_PAGE);
                return <option key={p} value={p}>{`${first + 1}–${last} of ${data.vendors.length}: ${data.vendors[first]?.name ?? ''} to ${data.vendors[last - 1]?.name ?? ''}`}</option>;
              })}
            </select>
          </label>
          <button type="button" className="button button--small" disabled={current === 0} onClick={() => setPage(current - 1)}>Previous vendors</button>
          <button type="button" className="button button--small" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>Next vendors</button>
        </div>
      ) : null}
      <h3>Must-have checks</h3>
      <KnockoutGrid criteria={criteria} vendors={vendors} knockouts={data.knockouts} />
      <h3>Scores by evaluator</h3>
      <ScoreGrid data={data} criteria={criteria} vendors={vendors} onScore={onScore} />
    </>
  );
});

interface ScoreGridProps {
  data: VendorEvaluation;
  /** In the order shown (orderedCriteria). */
  criteria: readonly Criterion[];
  /** The vendors on the page shown. */
  vendors: readonly Vendor[];
  onScore: SaveScore;
}

type SaveScore = (input: ScoreInput) => Promise<unknown>;

/** Score entry per evaluator and round: criteria down, vendors across. Each choice is saved at once. */
function ScoreGrid({ data, criteria, vendors, onScore }: ScoreGridProps) {
  const [evaluatorId, setEvaluatorId] = useState('');
  const [round, setRound] = useState<1 | 2>(1);
  const evaluator = data.evaluators.find((e) => e.id === evaluatorId) ?? data.evaluators[0];
  const mine = useMemo(() => {
    const byCell = new Map<string, Score>();
    if (evaluator) for (const s of data.scores) if (s.evaluatorId === evaluator.id && s.round === round) byCell.set(`${s.vendorId}|${s.criterionId}`, s);
    return byCell;
  }, [data.scores, evaluator, round]);
  if (!evaluator || data.vendors.length === 0 || data.criteria.length === 0) {
    return <div className="empty-state"><p>Scores can be entered once there are vendors, criteria and evaluators.</p></div>;
  }
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
        <span className="muted" role="status">{mine.size} of {total} scored</span>
      </div>
      <div className="table-scroll">
        <table className="table score-grid">
          <caption className="visually-hidden">Scores of {evaluator.name}, round {round}</caption>
          <thead>
            <tr><th scope="col">Criterion</th>{vendors.map((v) => <th key={v.id} scope="col">{v.name}</th>)}</tr>
          </thead>
          <tbody>
            {criteria.map((c) => <ScoreRow key={c.id} criterion={c} vendors={vendors} mine={mine} evaluatorId={evaluator.id} round={round} onScore={onScore} />)}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface ScoreRowProps {
  criterion: Criterion;
  vendors: readonly Vendor[];
  /** This evaluator's scores of this round, by "vendorId|criterionId". */
  mine: ReadonlyMap<string, Score>;
  evaluatorId: string;
  round: 1 | 2;
  onScore: SaveScore;
}

/** One criterion across the vendors shown: drawn again only when the criterion, the vendors or the scores change. */
const ScoreRow = memo(function ScoreRow({ criterion: c, vendors, mine, evaluatorId, round, onScore }: ScoreRowProps) {
  return (
    <tr>
      <th scope="row">{c.name} <span className="muted small">({c.scale}{c.direction === 'cost' ? ', cost' : ''})</span></th>
      {vendors.map((v) => {
        const score = mine.get(`${v.id}|${c.id}`);
        return (
          <td key={v.id}>
            <select aria-label={`${c.name}, ${v.name}`} value={score ? String(score.value) : ''} title={score?.rationale || undefined}
              onChange={(e) => void onScore({
                evaluatorId, vendorId: v.id, criterionId: c.id, round, value: e.target.value === '' ? null : Number(e.target.value),
              })}>
              <option value="">–</option>
              {scaleValues(c.scale).map((n) => <option key={n} value={n}>{n === 0 ? '0 (no evidence)' : n}</option>)}
            </select>
          </td>
        );
      })}
    </tr>
  );
}, (a, b) => a.vendors === b.vendors && a.mine === b.mine && a.evaluatorId === b.evaluatorId && a.round === b.round && a.onScore === b.onScore
  // A weight change must not draw the row again: only what the row shows counts.
  && a.criterion.id === b.criterion.id && a.criterion.name === b.criterion.name && a.criterion.scale === b.criterion.scale && a.criterion.direction === b.criterion.direction);

interface KnockoutGridProps {
  criteria: readonly Criterion[];
  vendors: readonly Vendor[];
  knockouts: VendorEvaluation['knockouts'];
}

/** Must-have criteria are checked pass/fail per vendor before any weighting. */
const KnockoutGrid = memo(function KnockoutGrid({ criteria, vendors, knockouts }: KnockoutGridProps) {
  const mutate = useRollout((s) => s.mutate);
  const mustHaves = criteria.filter((c) => c.mustHave);
  if (mustHaves.length === 0 || vendors.length === 0) return <p className="muted">No must-have criteria: tick "Must-have" on a criterion to make it a knock-out gate.</p>;
  const status = new Map(knockouts.map((k) => [`${k.vendorId}|${k.criterionId}`, k.status]));
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">Must-have checks</caption>
        <thead><tr><th scope="col">Must-have</th>{vendors.map((v) => <th key={v.id} scope="col">{v.name}</th>)}</tr></thead>
        <tbody>
          {mustHaves.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              {vendors.map((v) => (
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
}, (a, b) => a.vendors === b.vendors && a.knockouts === b.knockouts
  && a.criteria.length === b.criteria.length && a.criteria.every((c, i) => {
    const d = b.criteria[i] as Criterion;
    return c.id === d.id && c.name === d.name && c.mustHave === d.mustHave;
  }));
