import { memo, useState } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import { threeYearTco } from '../../../shared/rules/scoring/tco';
import { BarChart } from '../../reports/BarChart';
import { RadarChart } from '../../reports/RadarChart';
import { formatMoney, formatPercent, type EvaluationResults } from './use-evaluation';

/** Profiles drawn at first, the leaders' (a large evaluation has a hundred vendors; all can be shown on request). */
const PROFILES_SHOWN = 12;

export function knockoutText(state: 'in' | 'out' | 'pending'): string {
  return state === 'out' ? 'Knocked out' : state === 'pending' ? 'Must-haves not all checked' : 'Passes must-haves';
}

/** Weighted totals, rank, cost of ownership, charts, disagreement and sensitivity. */
export const ResultsSection = memo(function ResultsSection({ data, results }: { data: VendorEvaluation; results: EvaluationResults }) {
  const vendors = new Map(data.vendors.map((v) => [v.id, v]));
  const criteria = new Map(data.criteria.map((c) => [c.id, c]));
  const { ranking, prepared, profiles } = results;
  const { sensitivity } = ranking;
  const critical = sensitivity.mostCritical;
  const name = (id: string | null) => (id ? (vendors.get(id)?.name ?? '?') : '—');
  const disputed = prepared.disagreement.filter((d) => d.maxSd > 0).slice(0, 8);
  const [allProfiles, setAllProfiles] = useState(false);
  // In rank order, so the profiles a decision looks at come first.
  const ranked = ranking.results.map((r) => vendors.get(r.vendorId)).filter((v): v is VendorEvaluation['vendors'][number] => v !== undefined);
  const profiled = allProfiles ? ranked : ranked.slice(0, PROFILES_SHOWN);

  return (
    <div className="results">
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Weighted results by vendor</caption>
          <thead>
            <tr><th scope="col" className="num">Rank</th><th scope="col">Vendor</th><th scope="col" className="num">Weighted total (0-100)</th><th scope="col">Must-haves</th>
              <th scope="col" className="num">Three-year cost</th><th scope="col" className="num">Per user per month</th></tr>
          </thead>
          <tbody>
            {ranking.results.map((r) => {
              const vendor = vendors.get(r.vendorId);
              const tco = vendor ? threeYearTco(vendor, data.headcount.value) : null;
              return (
                <tr key={r.vendorId} className={r.knockout.state === 'out' ? 'row--out' : undefined}>
                  <td className="num">{r.rank ?? '–'}</td>
                  <th scope="row">{vendor?.name}</th>
                  <td className="num">{r.total.toFixed(1)}</td>
                  <td><span className={`badge badge--${r.knockout.state === 'out' ? 'attention' : r.knockout.state === 'pending' ? 'not_started' : 'done'}`}>{knockoutText(r.knockout.state)}</span>
                    {r.knockout.failed.length > 0 ? <span className="small"> ({r.knockout.failed.map((id) => criteria.get(id)?.name).join(', ')})</span> : null}</td>
                  <td className="num">{tco ? formatMoney(tco.total, data.currency) : ''}</td>
                  <td className="num">{tco ? formatMoney(tco.perUserPerMonth, data.currency) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">Cost of ownership for {data.headcount.value.toLocaleString()} users ({data.headcount.source === 'waves' ? 'the deployment waves\' headcount' : 'the headcount set below'}).</p>

      <h3>Totals</h3>
      <BarChart title="Weighted total per vendor" bars={ranking.results.map((r) => ({ label: name(r.vendorId), value: r.total, marked: r.knockout.state === 'out', note: r.knockout.state === 'out' ? '(knocked out)' : '' }))} />

      <h3>Sensitivity</h3>
      {critical ? (
        <p className="callout">
          <strong>Most critical criterion: {criteria.get(critical.criterionId)?.name}.</strong> Moving its weight from {formatPercent(critical.weight)} to {formatPercent(critical.flipWeight ?? 0)} (other weights rescaled in proportion) would let {name(critical.challengerId)} tie {name(sensitivity.leaderId)}.
        </p>
      ) : <p className="callout">No change of a single criterion's weight can take the lead from {name(sensitivity.leaderId)}.</p>}
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Weight change per criterion that would flip the leader</caption>
          <thead><tr><th scope="col">Criterion</th><th scope="col" className="num">Weight now</th><th scope="col" className="num">Flips at</th><th scope="col" className="num">Change</th><th scope="col">Challenger</th></tr></thead>
          <tbody>
            {[...sensitivity.criteria].sort((a, b) => Math.abs(a.change ?? 9) - Math.abs(b.change ?? 9)).slice(0, 8).map((s) => (
              <tr key={s.criterionId}>
                <th scope="row">{criteria.get(s.criterionId)?.name}</th>
                <td className="num">{formatPercent(s.weight)}</td>
                <td className="num">{s.flipWeight === null ? 'never' : formatPercent(s.flipWeight)}</td>
                <td className="num">{s.change === null ? '–' : `${s.change > 0 ? '+' : ''}${(s.change * 100).toFixed(1)} pts`}</td>
                <td>{s.challengerId ? name(s.challengerId) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <p className="muted small">The eight criteria closest to changing the leader; criteria whose weight can never flip it are not listed.</p>

      <h3>Disagreement</h3>
      {disputed.length === 0 ? <p className="muted">No spread between evaluators yet.</p> : (
        <ol className="disagreement-list">
          {disputed.map((d) => (
            <li key={d.criterionId}>
              <strong>{criteria.get(d.criterionId)?.name}</strong>: SD {d.maxSd.toFixed(2)} on {name(d.vendorId)}
              {d.flagged ? <span className="badge badge--attention">Discuss</span> : null}
            </li>
          ))}
        </ol>
      )}

      <h3>Profiles by group</h3>
      {ranked.length > PROFILES_SHOWN ? (
        <p className="muted small">
          {allProfiles ? `All ${ranked.length} vendors, in rank order.` : `The ${PROFILES_SHOWN} highest-ranked of ${ranked.length} vendors.`}{' '}
          <button type="button" className="button button--small" onClick={() => setAllProfiles(!allProfiles)}>
            {allProfiles ? `Show the top ${PROFILES_SHOWN} only` : `Show all ${ranked.length} profiles`}
          </button>
        </p>
      ) : null}
      <div className="radar-grid">
        {profiled.map((v) => (
          <figure key={v.id} className="radar-card">
            <RadarChart title={`Profile of ${v.name}`} axes={data.groups.map((g) => g.name)} values={data.groups.map((g) => profiles.get(v.id)?.get(g.id) ?? 0)} />
            <figcaption>{v.name}</figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
});
