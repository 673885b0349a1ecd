import type { VendorEvaluation } from '../../../../shared/api/methods/vendors';
import type { EvaluationResults } from '../use-evaluation';

/** The ranking so far, from revealed scores only, so it cannot give away hidden ones. */
export function LiveRanking({ data, results }: { data: VendorEvaluation; results: EvaluationResults }) {
  const names = new Map(data.vendors.map((v) => [v.id, v.name]));
  return (
    <section className="workshop__ranking" aria-labelledby="live-ranking">
      <h2 id="live-ranking">Live ranking</h2>
      <ol>
        {results.ranking.results.map((r) => (
          <li key={r.vendorId} className={r.knockout.state === 'out' ? 'is-out' : undefined}>
            <span className="workshop__rank">{r.rank ?? '✕'}</span>
            <span className="workshop__vendor">{names.get(r.vendorId)}</span>
            <span className="workshop__total">{r.total.toFixed(1)}</span>
            {r.knockout.state === 'out' ? <span className="workshop__out">knocked out</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
