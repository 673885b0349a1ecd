import type { BudgetHeadlineView } from '../../../shared/api/methods/budget';
import { BUDGET_STATUS_LABELS } from '../../../shared/rules/budget/headline';
import { useProjectQuery } from '../../state/use-project-query';
import { COSTS_REDACTED_TEXT } from '../../../shared/reports/redacted';
import { InfoAlert } from '../../components/Alert';
import { formatMoney } from './money';

/** The budget in one row of figures, with its status in words; colour only repeats the word. */
export function HeadlineFigures({ budget }: { budget: Pick<BudgetHeadlineView, 'headline' | 'currency' | 'settings' | 'costsRedacted'> }) {
  const { headline: h, currency, settings } = budget;
  if (budget.costsRedacted) return <CostsRedacted />;
  const m = (amount: number | null) => (amount === null ? 'Not set' : formatMoney(amount, currency));
  const contingency = settings.contingencyMode === 'percent' ? `${settings.contingencyValue}% of planned` : 'fixed amount';
  const users = h.usersFrom === 'waves' ? 'wave headcount' : 'planned users';
  return (
    <div className="budget-headline">
      <p className={`budget-status budget-status--${h.status}`}>
        <span className="budget-status__label">{BUDGET_STATUS_LABELS[h.status]}</span>
        <span className="budget-status__reason">{h.statusReason}</span>
      </p>
      <dl className="facts budget-facts">
        <div className="facts__item"><dt>Approved budget</dt><dd>{m(h.approved)}</dd></div>
        <div className="facts__item"><dt>Planned</dt><dd>{m(h.planned)}</dd></div>
        <div className="facts__item"><dt>Committed</dt><dd>{m(h.committed)}</dd></div>
        <div className="facts__item"><dt>Actual to date</dt><dd>{m(h.actual)}</dd></div>
        <div className="facts__item">
          <dt>Forecast at completion</dt>
          <dd>{m(h.forecast)}{h.forecastPercent !== null ? <span className="facts__sub"> {h.forecastPercent}% of approved</span> : null}</dd>
        </div>
        <div className="facts__item">
          <dt>Variance to approved</dt>
          <dd>{h.variance === null ? 'No approved budget' : `${m(Math.abs(h.variance))} ${h.variance >= 0 ? 'under' : 'over'}`}</dd>
        </div>
        <div className="facts__item"><dt>Contingency ({contingency})</dt><dd>{m(h.contingency)}</dd></div>
        <div className="facts__item">
          <dt>Forecast per user</dt>
          <dd>{h.forecastPerUser === null ? 'Enter planned users in the settings' : m(h.forecastPerUser)}
            {h.users !== null ? <span className="facts__sub"> {h.users.toLocaleString()} users ({users})</span> : null}</dd>
        </div>
      </dl>
    </div>
  );
}

/** In a hand-off copy without its cost figures, in place of figures that would all read 0. */
export function CostsRedacted() {
  return <InfoAlert title="Cost figures redacted">{COSTS_REDACTED_TEXT} The amounts in this copy are zeros, not the plan.</InfoAlert>;
}

/** The budget headline on its own (for the plan step's page): reads the budget itself. */
export function BudgetHeadline() {
  const { data, error } = useProjectQuery('budget.headline', {});
  if (error) return <p className="field__error">The budget could not be read: {error.message}</p>;
  if (!data) return <p className="muted">Reading the budget…</p>;
  return (
    <section className="card" aria-labelledby="budget-headline">
      <h2 id="budget-headline">Budget</h2>
      {data.lineCount === 0 ? (
        <p>No cost lines yet. Open the <a href="#/budget">budget</a> to add them or paste them from a spreadsheet.</p>
      ) : (
        <>
          <HeadlineFigures budget={data} />
          <p><a href="#/budget">Open the budget</a></p>
        </>
      )}
    </section>
  );
}
