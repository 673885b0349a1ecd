import type { BudgetView } from '../../../shared/api/methods/budget';
import type { Totals } from '../../../shared/rules/budget/rollups';
import { COST_CATEGORY_LABELS } from '../../../shared/schemas/budget';
import { stepByKey } from '../../../shared/steps';
import { formatMoney } from './money';

interface Group extends Totals {
  label: string;
  lineCount: number;
}

function GroupTable({ caption, groups, currency }: { caption: string; groups: Group[]; currency: string }) {
  const m = (n: number) => formatMoney(n, currency);
  const total = groups.reduce((acc, g) => ({ planned: acc.planned + g.planned, committed: acc.committed + g.committed, actual: acc.actual + g.actual, forecast: acc.forecast + g.forecast }), { planned: 0, committed: 0, actual: 0, forecast: 0 });
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Totals ${caption.toLowerCase()}`}>
      <table className="table budget-totals">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase())}</th>
            <th scope="col" className="num">Lines</th>
            <th scope="col" className="num">Planned</th>
            <th scope="col" className="num">Committed</th>
            <th scope="col" className="num">Actual</th>
            <th scope="col" className="num">Forecast</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.label}>
              <th scope="row">{g.label}</th>
              <td className="num">{g.lineCount}</td>
              <td className="num">{m(g.planned)}</td>
              <td className="num">{m(g.committed)}</td>
              <td className="num">{m(g.actual)}</td>
              <td className="num">{m(g.forecast)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">{groups.reduce((a, g) => a + g.lineCount, 0)}</td>
            <td className="num">{m(total.planned)}</td>
            <td className="num">{m(total.committed)}</td>
            <td className="num">{m(total.actual)}</td>
            <td className="num">{m(total.forecast)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Totals by category, by step and, when the deployment plan has waves, by wave. */
export function TotalsTables({ budget }: { budget: BudgetView }) {
  const byCategory = budget.byCategory.map((g) => ({ ...g, label: COST_CATEGORY_LABELS[g.key] }));
  const byStep = budget.byStep.map((g) => ({ ...g, label: g.key === null ? 'Not linked to a step' : `${stepByKey(g.key).number}. ${stepByKey(g.key).title}` }));
  return (
    <div className="budget-totals-grid">
      <GroupTable caption="By category" groups={byCategory} currency={budget.currency} />
      <GroupTable caption="By step" groups={byStep} currency={budget.currency} />
      {budget.options.waves ? <GroupTable caption="By wave" groups={budget.byWave} currency={budget.currency} /> : null}
    </div>
  );
}
