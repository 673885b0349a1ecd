import type Database from 'better-sqlite3';
import { ApiError, type FieldIssue } from '../../../shared/errors';
import type { CostLineFields } from '../../../shared/schemas/budget';
import { hasTable, readBudgetSettings } from './read';

/**
 * What the schema cannot know: the currency needs a rate on the project, and linked rows must exist (links carry
 * no foreign key, so the handler checks them). `prefix` is where the line sits in the request, for field paths.
 */
export function lineIssues(db: Database.Database, line: CostLineFields, prefix: (string | number)[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const project = (db.prepare('SELECT currency FROM project LIMIT 1').get() as { currency: string }).currency;
  const rates = readBudgetSettings(db).exchangeRates;
  if (line.currency !== project && !rates.some((r) => r.currency === line.currency)) {
    issues.push({ path: [...prefix, 'currency'], message: `Add an exchange rate for ${line.currency} in the budget settings first` });
  }
  const exists = (table: string, id: string) => hasTable(db, table) && db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  if (line.taskId !== null && !exists('task', line.taskId)) issues.push({ path: [...prefix, 'taskId'], message: 'That task is not in the plan' });
  if (line.waveId !== null && !exists('wave', line.waveId)) issues.push({ path: [...prefix, 'waveId'], message: 'That wave is not in the deployment plan' });
  if (line.vendorId !== null && !exists('vendor', line.vendorId)) issues.push({ path: [...prefix, 'vendorId'], message: 'That vendor is not in the evaluation' });
  return issues;
}

export function assertLine(db: Database.Database, line: CostLineFields, prefix: (string | number)[]): void {
  const issues = lineIssues(db, line, prefix);
  if (issues.length > 0) throw new ApiError('VALIDATION', issues[0]?.message ?? 'The cost line is not valid.', issues);
}

/** A rate may not be removed while lines are in that currency: their cost would silently drop out of every total. */
export function assertRatesCover(db: Database.Database, currencies: ReadonlySet<string>, projectCurrency: string): void {
  const used = db.prepare('SELECT currency, COUNT(*) AS n FROM cost_line GROUP BY currency').all() as { currency: string; n: number }[];
  const uncovered = used.filter((u) => u.currency !== projectCurrency && !currencies.has(u.currency));
  if (uncovered.length > 0) {
    const list = uncovered.map((u) => `${u.currency} (${u.n} ${u.n === 1 ? 'line' : 'lines'})`).join(', ');
    throw new ApiError('VALIDATION', `Cost lines still use ${list}.`, [{ path: ['patch', 'exchangeRates'], message: `Cost lines still use ${list}: keep a rate for it` }]);
  }
}
