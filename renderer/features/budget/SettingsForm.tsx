import { useState } from 'react';
import type { BudgetView } from '../../../shared/api/methods/budget';
import { formatMinorPlain, parseMoney } from '../../../shared/rules/budget/currency';
import { BudgetSettings, type BudgetSettings as Settings } from '../../../shared/schemas/budget';
import { CURRENCIES } from '../../../shared/schemas/common';
import { Field } from '../../components/Field';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useRollout } from '../../state/RolloutProvider';

type Key = keyof Settings;

/** Approved budget, contingency, thresholds, planned users and exchange rates: saved together as one undo step. */
export function SettingsForm({ budget, onDone }: { budget: BudgetView; onDone(): void }) {
  const mutate = useRollout((s) => s.mutate);
  const { settings, currency } = budget;
  const [approved, setApproved] = useState(settings.approvedBudget === null ? '' : formatMinorPlain(settings.approvedBudget, currency));
  const [mode, setMode] = useState(settings.contingencyMode);
  const [contingency, setContingency] = useState(settings.contingencyMode === 'amount' ? formatMinorPlain(settings.contingencyValue, currency) : String(settings.contingencyValue));
  const [warning, setWarning] = useState(String(settings.warningPercent));
  const [critical, setCritical] = useState(String(settings.criticalPercent));
  const [users, setUsers] = useState(settings.plannedUsers === null ? '' : String(settings.plannedUsers));
  const [rates, setRates] = useState(settings.exchangeRates);
  const [errors, setErrors] = useState<FieldErrors<Key>>({});

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const found: FieldErrors<Key> = {};
    const approvedMinor = approved.trim() === '' ? null : parseMoney(approved, currency);
    if (approvedMinor && !approvedMinor.ok) found.approvedBudget = approvedMinor.message;
    const contingencyMoney = mode === 'amount' ? parseMoney(contingency, currency) : null;
    if (contingencyMoney && !contingencyMoney.ok) found.contingencyValue = contingencyMoney.message;
    const candidate = {
      approvedBudget: approvedMinor && approvedMinor.ok ? approvedMinor.minor : null,
      contingencyMode: mode,
      contingencyValue: contingencyMoney ? (contingencyMoney.ok ? contingencyMoney.minor : 0) : Number(contingency.replace(',', '.')),
      warningPercent: Number(warning),
      criticalPercent: Number(critical),
      plannedUsers: users.trim() === '' ? null : Number(users.replace(/[\s,.']/g, '')),
      exchangeRates: rates.map((r) => ({ currency: r.currency, rate: r.rate.trim().replace(',', '.') })),
    };
    const parsed = BudgetSettings.safeParse(candidate);
    const all = { ...(parsed.success ? {} : zodFieldErrors<Key>(parsed.error)), ...found };
    setErrors(all);
    if (!parsed.success || Object.keys(found).length > 0) return;
    try {
      await mutate((api) => api.invoke('budget.updateSettings', { patch: parsed.data }));
      onDone();
    } catch (failure) {
      setErrors(apiFieldErrors<Key>(failure, ['patch']));
    }
  }

  const offered = CURRENCIES.filter((c) => c !== currency);
  return (
    <form className="form" onSubmit={(e) => void save(e)} noValidate>
      <Field label={`Approved budget (${currency})`} error={errors.approvedBudget} hint="Leave empty until the budget is approved">
        {(c) => <input {...c} type="text" inputMode="decimal" value={approved} onChange={(e) => setApproved(e.target.value)} />}
      </Field>
      <div className="form__row">
        <Field label="Contingency as" error={errors.contingencyMode}>
          {(c) => (
            <select {...c} value={mode} onChange={(e) => setMode(e.target.value as Settings['contingencyMode'])}>
              <option value="percent">A percentage of the planned cost</option>
              <option value="amount">A fixed amount</option>
            </select>
          )}
        </Field>
        <Field label={mode === 'percent' ? 'Contingency (%)' : `Contingency (${currency})`} error={errors.contingencyValue}>
          {(c) => <input {...c} type="text" inputMode="decimal" value={contingency} onChange={(e) => setContingency(e.target.value)} />}
        </Field>
      </div>
      <div className="form__row">
        <Field label="Warning above (% of approved)" error={errors.warningPercent}>
          {(c) => <input {...c} type="number" min={1} max={500} value={warning} onChange={(e) => setWarning(e.target.value)} />}
        </Field>
        <Field label="Critical above (% of approved)" error={errors.criticalPercent}>
          {(c) => <input {...c} type="number" min={1} max={500} value={critical} onChange={(e) => setCritical(e.target.value)} />}
        </Field>
        <Field label="Planned users" error={errors.plannedUsers} hint="For the cost per user when there are no wave headcounts">
          {(c) => <input {...c} type="text" inputMode="numeric" value={users} onChange={(e) => setUsers(e.target.value)} />}
        </Field>
      </div>
      <fieldset className="budget-rates">
        <legend>Exchange rates: 1 unit of the line currency in {currency}</legend>
        {rates.length === 0 ? <p className="muted">All lines are in {currency}. Add a rate to budget a line in another currency.</p> : null}
        {rates.map((rate, index) => (
          <div className="budget-rates__row" key={index}>
            <Field label={`Currency ${index + 1}`}>
              {(c) => (
                <select {...c} value={rate.currency} onChange={(e) => setRates(rates.map((r, i) => (i === index ? { ...r, currency: e.target.value as typeof r.currency } : r)))}>
                  {offered.map((code) => <option key={code} value={code}>{code}</option>)}
                </select>
              )}
            </Field>
            <Field label={`Rate ${index + 1} in ${currency}`}>
              {(c) => <input {...c} type="text" inputMode="decimal" value={rate.rate} onChange={(e) => setRates(rates.map((r, i) => (i === index ? { ...r, rate: e.target.value } : r)))} />}
            </Field>
            <button type="button" className="button button--quiet" onClick={() => setRates(rates.filter((_, i) => i !== index))}>Remove {rate.currency}</button>
          </div>
        ))}
        {errors.exchangeRates ? <p className="field__error" role="alert">{errors.exchangeRates}</p> : null}
        <button type="button" className="button button--small" onClick={() => setRates([...rates, { currency: offered.find((c) => !rates.some((r) => r.currency === c)) ?? 'USD', rate: '1' }])}>
          Add a rate
        </button>
      </fieldset>
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>Cancel</button>
        <button type="submit" className="button button--primary">Save settings</button>
      </div>
    </form>
  );
}
