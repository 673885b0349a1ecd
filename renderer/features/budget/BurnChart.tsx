import type { BudgetView } from '../../../shared/api/methods/budget';
import { describeBurn } from '../../../shared/reports/charts/burn-chart';
import { BurnChart as SharedBurnChart } from '../../reports/BurnChart';
import { formatMoney, formatMoneyCompact, formatMonth } from './money';

/**
 * Cumulative planned, committed and actual cost by month, against the approved budget. Committed and actual stop at
 * the current month. The chart is the report's own (shared/reports/charts/burn-chart.ts, legend included): an image
 * with a title and a description; the phasing table holds its data.
 */
export function BurnChart({ budget, tableId }: { budget: BudgetView; tableId: string }) {
  const rows = budget.months;
  if (rows.length === 0) return null;
  const approved = budget.headline.approved;
  const description = `${describeBurn(rows, approved, budget.asOf, (n) => formatMoney(n, budget.currency), formatMonth)} The monthly phasing table holds the same figures.`;

  return (
    <figure className="burn">
      <SharedBurnChart
        months={rows}
        approved={approved}
        asOf={budget.asOf}
        title="Burn chart: cumulative planned, committed and actual cost by month"
        description={description}
        formatAmount={(n) => formatMoneyCompact(n, budget.currency)}
        formatMonth={formatMonth}
      />
      <figcaption className="burn__legend">
        <a href={`#${tableId}`} onClick={(e) => {
          e.preventDefault();
          document.getElementById(tableId)?.scrollIntoView({ block: 'start' });
        }}>The data as a table</a>
      </figcaption>
    </figure>
  );
}
