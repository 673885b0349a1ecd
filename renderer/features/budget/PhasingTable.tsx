import type { BudgetView } from '../../../shared/api/methods/budget';
import { formatMoney, formatMonth } from './money';

/** Month by month, with running totals: the numbers behind the burn chart. */
export function PhasingTable({ budget, id }: { budget: BudgetView; id?: string }) {
  const m = (n: number) => formatMoney(n, budget.currency);
  return (
    <div className="table-scroll budget-phasing" id={id} tabIndex={0} role="region" aria-label="Table of the monthly phasing">
      <table className="table">
        <caption className="visually-hidden">Monthly phasing in {budget.currency}, with cumulative totals</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="num">Planned</th>
            <th scope="col" className="num">Committed</th>
            <th scope="col" className="num">Actual</th>
            <th scope="col" className="num">Cumulative planned</th>
            <th scope="col" className="num">Cumulative committed</th>
            <th scope="col" className="num">Cumulative actual</th>
          </tr>
        </thead>
        <tbody>
          {budget.months.map((row) => (
            <tr key={row.month} className={row.month === budget.asOf ? 'budget-phasing__current' : undefined}>
              <th scope="row">{formatMonth(row.month)}{row.month === budget.asOf ? <span className="muted"> (this month)</span> : null}</th>
              <td className="num">{m(row.planned)}</td>
              <td className="num">{m(row.committed)}</td>
              <td className="num">{m(row.actual)}</td>
              <td className="num">{m(row.cumulativePlanned)}</td>
              <td className="num">{row.month > budget.asOf ? '–' : m(row.cumulativeCommitted)}</td>
              <td className="num">{row.month > budget.asOf ? '–' : m(row.cumulativeActual)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
