import type { BudgetView, CostLineView } from '../../../shared/api/methods/budget';
import { computeBudget, type LineCostsMemo } from '../../../shared/rules/budget/compute';
import { budgetFigures } from '../../../shared/rules/budget/figures';
import type { DayPeriod } from '../../../shared/rules/budget/months';
import { CostLineFields, type CostLine, type CostLinePatch } from '../../../shared/schemas/budget';

/** Fields whose change moves a line to another task's or wave's months, which only the backend knows. */
const LINK_FIELDS: readonly (keyof CostLinePatch)[] = ['scheduleFrom', 'taskId', 'waveId'];

// Per view line (kept by identity between answers, see shareEqual) its plain line, so the costs memo finds it again.
const plainLines = new WeakMap<CostLineView, CostLine>();
const costsMemo: LineCostsMemo = new WeakMap();

function plainLine(view: CostLineView): CostLine {
  const kept = plainLines.get(view);
  if (kept) return kept;
  const { costs: _costs, period: _period, periodFrom: _from, periodNote: _note, converted: _converted, ...line } = view;
  plainLines.set(view, line);
  return line;
}

/**
 * The budget as it will be once an edit of one line is saved, computed here with the backend's rules
 * (shared/rules/budget), so the line, the totals and the chart show it before the save has answered. The months of
 * lines that follow a task or a wave are those the backend gave them. Null when the edit changes what a line follows,
 * or is not valid (the backend's answer then decides).
 */
export function previewLineEdit(view: BudgetView, id: string, patch: CostLinePatch): BudgetView | null {
  const edited = view.lines.find((l) => l.id === id);
  if (!edited || LINK_FIELDS.some((field) => field in patch)) return null;
  const { id: _id, sortOrder: _order, ...fields } = plainLine(edited);
  if (!CostLineFields.safeParse({ ...fields, ...patch }).success) return null;
  const lines = view.lines.map((l) => (l.id === id ? { ...plainLine(l), ...patch } : plainLine(l)));
  const tasks = new Map<string, DayPeriod>();
  const waves = new Map<string, DayPeriod>();
  for (const line of view.lines) {
    if (line.periodFrom === 'task' && line.taskId) tasks.set(line.taskId, line.period);
    if (line.periodFrom === 'wave' && line.waveId) waves.set(line.waveId, line.period);
  }
  const computed = computeBudget({
    lines, settings: view.settings, projectCurrency: view.currency, asOf: view.asOf, linked: { tasks, waves }, reuse: costsMemo,
    waveHeadcount: view.headline.usersFrom === 'waves' ? view.headline.users : null,
  });
  const labels = new Map(view.byWave.map((g) => [g.key, g.label]));
  const figures = budgetFigures(lines, computed, (key) => labels.get(key) ?? '');
  // Lines whose figures the edit left alone keep their identity (their rows are not drawn again), as after a read.
  const kept = figures.lines.map((line, i) => {
    const before = view.lines[i] as CostLineView;
    return line.id !== id && sameFigures(before, line) ? before : line;
  });
  return { ...view, ...figures, lines: kept, settings: view.settings };
}

function sameFigures(a: CostLineView, b: CostLineView): boolean {
  return a.costs.planned === b.costs.planned && a.costs.committed === b.costs.committed && a.costs.actual === b.costs.actual &&
    a.costs.forecast === b.costs.forecast && a.period.start === b.period.start && a.period.end === b.period.end &&
    a.periodFrom === b.periodFrom && a.periodNote === b.periodNote && a.converted === b.converted;
}
