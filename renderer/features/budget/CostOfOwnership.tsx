import type { BudgetView } from '../../../shared/api/methods/budget';
import { formatMoney } from './money';

/** Read-only: the vendor evaluation computes each vendor's three-year cost of ownership; the budget shows it beside the plan. */
export function CostOfOwnership({ budget }: { budget: BudgetView }) {
  const vendors = budget.costOfOwnership ?? [];
  return (
    <section aria-labelledby="budget-tco">
      <h2 id="budget-tco">Vendor cost of ownership (3 years)</h2>
      <p className="muted">
        Computed by the vendor evaluation from each vendor's price inputs for {vendors[0]?.headcount.toLocaleString() ?? 0} users; edit the prices there.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Table of vendor costs of ownership">
        <table className="table">
          <caption className="visually-hidden">Three-year cost of ownership per vendor in {budget.currency}</caption>
          <thead><tr><th scope="col">Vendor</th><th scope="col" className="num">Three-year total</th><th scope="col" className="num">Per user per month</th></tr></thead>
          <tbody>
            {vendors.map((v) => (
              <tr key={v.vendorId}><th scope="row">{v.name}</th><td className="num">{formatMoney(v.total, budget.currency)}</td><td className="num">{formatMoney(v.perUserPerMonth, budget.currency)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
