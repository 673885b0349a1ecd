import { memo, useMemo, useState } from 'react';
import { useWindowedRows } from '../../components/use-windowed-rows';
import type { BudgetView, CostLineView } from '../../../shared/api/methods/budget';
import { formatMinorPlain, parseMoney, parseQuantity } from '../../../shared/rules/budget/currency';
import { COST_CATEGORIES, COST_CATEGORY_LABELS, COST_TYPE_LABELS, YearMonth, type CostLinePatch } from '../../../shared/schemas/budget';
import { stepByKey } from '../../../shared/steps';
import { useRollout } from '../../state/RolloutProvider';
import { InlineEdit, type Parsed } from './InlineEdit';
import { formatMoney } from './money';

/** Above this many lines, only the lines in view are drawn (see useWindowedRows). */
const WINDOW_FROM = 60;
/** Column widths of a windowed table, whose widths must not follow the lines that happen to be drawn. */
const COLUMN_WIDTHS = ['19%', '7%', '10%', '8%', '8%', '12%', '12%', '12%', '12%'];

type SortKey = 'order' | 'description' | 'category' | 'planned' | 'committed' | 'actual' | 'forecast' | 'startMonth';
const SORTS: { key: SortKey; label: string }[] = [
  { key: 'order', label: 'Order entered' }, { key: 'description', label: 'Description' }, { key: 'category', label: 'Category' },
  { key: 'startMonth', label: 'Start month' }, { key: 'planned', label: 'Planned' }, { key: 'committed', label: 'Committed' },
  { key: 'actual', label: 'Actual' }, { key: 'forecast', label: 'Forecast' },
];

function sortValue(line: CostLineView, key: SortKey): string | number {
  if (key === 'order') return line.sortOrder;
  if (key === 'category') return COST_CATEGORY_LABELS[line.category];
  if (key === 'description' || key === 'startMonth') return line[key];
  return -line.costs[key];
}

const month = (text: string): Parsed<string> => {
  const parsed = YearMonth.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: 'Enter a month as YYYY-MM' };
};
const quantity = (text: string): Parsed<number> => {
  const parsed = parseQuantity(text);
  return parsed.ok ? parsed : { ok: false, message: parsed.message };
};
const money = (currency: string) => (text: string): Parsed<number> => {
  const parsed = parseMoney(text, currency);
  return parsed.ok ? { ok: true, value: parsed.minor } : parsed;
};

interface CostLinesTableProps {
  budget: BudgetView;
  onEdit(line: CostLineView): void;
  onDeleted(description: string): void;
  /** Saves a change to one line (the view shows its outcome while it is saved). */
  onUpdate(id: string, patch: CostLinePatch): Promise<unknown>;
}

/** The cost lines: edit in place (commit on leaving the cell), sort, filter by category, open a line in full, delete. */
export function CostLinesTable({ budget, onEdit, onDeleted, onUpdate }: CostLinesTableProps) {
  const [category, setCategory] = useState('');
  const [sort, setSort] = useState<SortKey>('order');
  const lines = useMemo(() => {
    const shown = budget.lines.filter((l) => !category || l.category === category);
    return [...shown].sort((a, b) => {
      const x = sortValue(a, sort);
      const y = sortValue(b, sort);
      return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    });
  }, [budget.lines, category, sort]);
  const used = COST_CATEGORIES.filter((c) => budget.lines.some((l) => l.category === c));
  const { windowed, start, end, padTop, padBottom, setScrollBox, setRowGroup, onScroll } = useWindowedRows<HTMLDivElement>({ count: lines.length, keyOf: (i) => lines[i]?.id ?? String(i), estimate: 64, threshold: WINDOW_FROM });

  return (
    <>
      <div className="table-tools">
        <label className="table-tools__item">Category
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">All categories ({budget.lines.length})</option>
            {used.map((c) => <option key={c} value={c}>{COST_CATEGORY_LABELS[c]}</option>)}
          </select>
        </label>
        <label className="table-tools__item">Sort by
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {SORTS.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
          </select>
        </label>
        <p className="table-tools__note" aria-live="polite">{lines.length === budget.lines.length ? `${lines.length} lines` : `${lines.length} of ${budget.lines.length} lines shown`}</p>
      </div>
      <div ref={setScrollBox} onScroll={onScroll} className={windowed ? 'table-scroll table-scroll--windowed' : 'table-scroll'} tabIndex={0} role="region" aria-label="Table of cost lines">
        <table className="table budget-lines" aria-rowcount={lines.length + 1}>
          <caption className="visually-hidden">Cost lines; planned and forecast in {budget.currency}, other amounts in the line's currency</caption>
          {windowed ? (
            <colgroup>
              {COLUMN_WIDTHS.map((width, i) => <col key={i} style={{ width }} />)}
            </colgroup>
          ) : null}
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Line</th>
              <th scope="col" className="num">Quantity</th>
              <th scope="col" className="num">Unit cost</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col" className="num">Planned</th>
              <th scope="col" className="num">Committed</th>
              <th scope="col" className="num">Actual</th>
              <th scope="col" className="num">Forecast</th>
            </tr>
          </thead>
          <tbody ref={setRowGroup}>
            {padTop > 0 ? <tr className="window-spacer" aria-hidden="true"><td colSpan={9} style={{ height: padTop }} /></tr> : null}
            {lines.slice(start, end).map((line, i) => (
              <CostLineRow key={line.id} line={line} rowIndex={start + i + 2} currency={budget.currency} onEdit={onEdit} onDeleted={onDeleted} onUpdate={onUpdate} />
            ))}
            {padBottom > 0 ? <tr className="window-spacer" aria-hidden="true"><td colSpan={9} style={{ height: padBottom }} /></tr> : null}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface CostLineRowProps {
  line: CostLineView;
  /** Position in the table for assistive technology, the header row being 1 (rows out of view are not drawn). */
  rowIndex: number;
  currency: string;
  onEdit(line: CostLineView): void;
  onDeleted(description: string): void;
  onUpdate(id: string, patch: CostLinePatch): Promise<unknown>;
}

/** One line, edited in place; drawn again only when its own data (kept by identity, see shareEqual) changed. */
const CostLineRow = memo(function CostLineRow({ line, rowIndex, currency, onEdit, onDeleted, onUpdate }: CostLineRowProps) {
  const mutate = useRollout((s) => s.mutate);
  const update = (patch: CostLinePatch) => onUpdate(line.id, patch);
  const m = (amount: number) => formatMoney(amount, currency);
  return (
    <tr data-row-key={line.id} aria-rowindex={rowIndex}>
      <th scope="row">
        <span className="budget-line__name">{line.description}</span>
        <span className="budget-note">{COST_CATEGORY_LABELS[line.category]} · {COST_TYPE_LABELS[line.costType]}</span>
        {line.stepKey ? <span className="budget-note">Step {stepByKey(line.stepKey).number}: {stepByKey(line.stepKey).title}</span> : null}
        {line.periodFrom !== 'line' ? <span className="budget-note">Months from the linked {line.periodFrom}: {line.period.start} to {line.period.end}</span> : null}
        {line.periodNote ? <span className="budget-note">{line.periodNote}</span> : null}
        {!line.converted ? <span className="budget-note budget-note--problem">No exchange rate for {line.currency}: left out of the totals</span> : null}
        <span className="budget-line__actions">
          <button type="button" className="button button--small" onClick={() => onEdit(line)}>
            Edit<span className="visually-hidden"> {line.description}</span>
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => {
            void mutate((api) => api.invoke('budget.deleteLine', { id: line.id })).then(() => onDeleted(line.description));
          }}>
            Delete<span className="visually-hidden"> {line.description}</span>
          </button>
        </span>
      </th>
      <td className="num">
        <InlineEdit label={`Quantity of ${line.description}`} field="quantity" kind="number" text={String(line.quantity)} parse={quantity}
          onCommit={(v) => update({ quantity: v })} className="inline-edit--narrow" />
      </td>
      <td className="num">
        <InlineEdit label={`Unit cost of ${line.description} in ${line.currency}`} field="unitCost" kind="number"
          text={formatMinorPlain(line.unitCost, line.currency)} parse={money(line.currency)} onCommit={(v) => update({ unitCost: v })} />
        {line.currency !== currency ? <span className="muted budget-currency">{line.currency}</span> : null}
      </td>
      <td>
        <InlineEdit label={`Start month of ${line.description}`} field="startMonth" kind="month" text={line.startMonth} parse={month}
          onCommit={(v) => update({ startMonth: v })} />
      </td>
      <td>
        <InlineEdit label={`End month of ${line.description}`} field="endMonth" kind="month" text={line.endMonth} parse={month}
          onCommit={(v) => update({ endMonth: v })} />
      </td>
      <td className="num">{m(line.costs.planned)}</td>
      <td className="num">
        <InlineEdit label={`Committed for ${line.description} in ${line.currency}`} field="committed" kind="number"
          text={formatMinorPlain(line.committed, line.currency)} parse={money(line.currency)} onCommit={(v) => update({ committed: v })} />
        {line.currency !== currency ? <span className="muted budget-currency">{line.currency}</span> : null}
      </td>
      <td className="num">
        <InlineEdit label={`Actual for ${line.description} in ${line.currency}`} field="actual" kind="number"
          text={formatMinorPlain(line.actual, line.currency)} parse={money(line.currency)} onCommit={(v) => update({ actual: v })} />
        {line.currency !== currency ? <span className="muted budget-currency">{line.currency}</span> : null}
      </td>
      <td className="num">{m(line.costs.forecast)}</td>
    </tr>
  );
});
