import crypto from 'node:crypto';
import { ApiError } from '../../../../shared/errors';
import { BudgetSettings, CostLineFields, type CostLine } from '../../../../shared/schemas/budget';
import { parsePastedLines } from '../../../../shared/rules/budget/paste';
import { assertLine, assertRatesCover, lineIssues } from '../../budget/checks';
import { readBudgetSettings } from '../../budget/read';
import { readBudgetHeadline, readBudgetView } from '../../budget/view';
import type { ProjectSession } from '../../session';
import type { Edit } from '../../history/edit';
import { entityToColumns, rowToEntity } from '../../store/tables';
import { zodIssues } from '../validation';
import type { HandlerMap } from '../handler-types';

type BudgetMethods =
  | 'budget.get' | 'budget.headline' | 'budget.updateSettings' | 'budget.addLine' | 'budget.updateLine' | 'budget.deleteLine' | 'budget.parsePaste' | 'budget.addLines';

function lineFields(line: CostLine): CostLineFields {
  const { id: _id, sortOrder: _order, ...fields } = line;
  return fields;
}

function insertLines(session: ProjectSession, edit: Edit, lines: readonly CostLineFields[]): CostLine[] {
  let order = (session.db.prepare('SELECT COALESCE(MAX(sort_order), -1) + 1 AS next FROM cost_line').get() as { next: number }).next;
  return lines.map((fields) => {
    const row = edit.insert('cost_line', { id: crypto.randomUUID(), ...entityToColumns('cost_line', fields), sort_order: order++ });
    return rowToEntity<CostLine>('cost_line', row);
  });
}

function settingsLabel(patch: Record<string, unknown>): string {
  const keys = Object.keys(patch);
  if (keys.length === 1 && keys[0] === 'approvedBudget') return patch.approvedBudget === null ? 'Clear the approved budget' : 'Set the approved budget';
  if (keys.length === 1 && keys[0] === 'exchangeRates') return 'Change the exchange rates';
  if (keys.every((k) => k.startsWith('contingency'))) return 'Change the budget contingency';
  if (keys.every((k) => k.endsWith('Percent'))) return 'Change the budget thresholds';
  return 'Change the budget settings';
}

export const budgetHandlers: HandlerMap<BudgetMethods> = {
  'budget.get': (_input, ctx) => readBudgetView(ctx.session().db),
  'budget.headline': (_input, ctx) => readBudgetHeadline(ctx.session().db),

  'budget.updateSettings': ({ patch }, ctx) => {
    const session = ctx.session();
    const before = readBudgetSettings(session.db);
    const merged = BudgetSettings.safeParse({ ...before, ...patch });
    if (!merged.success) throw new ApiError('VALIDATION', 'The budget settings are not valid.', zodIssues(merged.error, ['patch']));
    if (patch.exchangeRates) assertRatesCover(session.db, new Set(merged.data.exchangeRates.map((r) => r.currency)), session.project().currency);
    const result = session.edit(settingsLabel(patch), (edit) => edit.update('budget_settings', 'budget', entityToColumns('budget_settings', patch)));
    return { value: readBudgetSettings(session.db), history: result.history };
  },

  'budget.addLine': ({ fields }, ctx) => {
    const session = ctx.session();
    assertLine(session.db, fields, ['fields']);
    const result = session.edit(`Add cost line "${fields.description}"`, (edit) => insertLines(session, edit, [fields]));
    const [line] = result.value;
    if (!line) throw new Error('The cost line was not added');
    return { value: line, history: result.history };
  },

  'budget.updateLine': ({ id, patch }, ctx) => {
    const session = ctx.session();
    const before = session.get<CostLine>('cost_line', id);
    const merged = CostLineFields.safeParse({ ...lineFields(before), ...patch });
    if (!merged.success) throw new ApiError('VALIDATION', 'The cost line is not valid.', zodIssues(merged.error, ['patch']));
    assertLine(session.db, merged.data, ['patch']);
    return session.edit(`Edit cost line "${before.description}"`, (edit) =>
      rowToEntity<CostLine>('cost_line', edit.update('cost_line', id, entityToColumns('cost_line', patch))),
    );
  },

  'budget.deleteLine': ({ id }, ctx) => {
    const session = ctx.session();
    const before = session.get<CostLine>('cost_line', id);
    return session.edit(`Delete cost line "${before.description}"`, (edit) => {
      edit.delete('cost_line', id);
      return null;
    });
  },

  'budget.parsePaste': ({ text }, ctx) => {
    const db = ctx.session().db;
    const rated = new Set(readBudgetSettings(db).exchangeRates.map((r) => r.currency));
    return parsePastedLines(text, ctx.session().project().currency, rated);
  },

  'budget.addLines': ({ lines }, ctx) => {
    const session = ctx.session();
    const issues = lines.flatMap((line, index) => lineIssues(session.db, line, ['lines', index]));
    if (issues.length > 0) throw new ApiError('VALIDATION', 'Some lines cannot be added; nothing was added.', issues);
    const label = lines.length === 1 ? `Add cost line "${lines[0]?.description ?? ''}"` : `Paste ${lines.length} cost lines`;
    const result = session.edit(label, (edit) => insertLines(session, edit, lines));
    return { value: { added: result.value.length }, history: result.history };
  },
};
