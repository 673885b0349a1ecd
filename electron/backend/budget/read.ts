import type Database from 'better-sqlite3';
import type { BudgetSettings, CostLine } from '../../../shared/schemas/budget';
import { rowToEntity, type Row } from '../store/tables';
import { tableExists } from '../vendors/read';

export function readBudgetSettings(db: Database.Database): BudgetSettings {
  const row = db.prepare("SELECT * FROM budget_settings WHERE id = 'budget'").get() as Row | undefined;
  if (!row) throw new Error('The budget settings row is missing');
  const { approvedBudget, contingencyMode, contingencyValue, warningPercent, criticalPercent, plannedUsers, exchangeRates } =
    rowToEntity<BudgetSettings & { id: string }>('budget_settings', row);
  return { approvedBudget, contingencyMode, contingencyValue, warningPercent, criticalPercent, plannedUsers, exchangeRates };
}

export function readCostLines(db: Database.Database): CostLine[] {
  return (db.prepare('SELECT * FROM cost_line ORDER BY sort_order, rowid').all() as Row[]).map((row) => rowToEntity<CostLine>('cost_line', row));
}

/**
 * Whether another feature's table is in this file. Cost lines link to waves and vendors by id without a foreign
 * key, so the budget works in files (and builds) where those features are absent.
 */
/** Whether a table of another step is in this file (see tableExists). */
export const hasTable = tableExists;

export interface WaveRow {
  id: string;
  name: string;
  headcount: number;
  start: string | null;
  end: string | null;
}

export function readWaves(db: Database.Database): WaveRow[] | null {
  if (!hasTable(db, 'wave')) return null;
  return db.prepare('SELECT id, name, headcount, start_date AS start, end_date AS "end" FROM wave ORDER BY sort_order').all() as WaveRow[];
}

export function readVendors(db: Database.Database): { id: string; name: string }[] | null {
  if (!hasTable(db, 'vendor')) return null;
  return db.prepare('SELECT id, name FROM vendor ORDER BY sort_order').all() as { id: string; name: string }[];
}

/** Leaf tasks and milestones with the name of their phase, for the "linked task" choice. */
export function readTaskOptions(db: Database.Database): { id: string; label: string }[] {
  const rows = db.prepare(`
    SELECT t.id, t.name, p.name AS parent
    FROM task t LEFT JOIN task p ON p.id = t.parent_id
    WHERE NOT EXISTS (SELECT 1 FROM task c WHERE c.parent_id = t.id)
    ORDER BY t.sort_order`).all() as { id: string; name: string; parent: string | null }[];
  return rows.map((r) => ({ id: r.id, label: r.parent ? `${r.name} (${r.parent.replace(/^\d+\.\s*/, '')})` : r.name }));
}
