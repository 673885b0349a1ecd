import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { parseMoney } from '../../../shared/rules/budget/currency';
import { BudgetSettings, BudgetSettingsBase, CostLineFields, CostLineFieldsBase } from '../../../shared/schemas/budget';
import { RowWriter } from '../store/row-writer';
import { entityToColumns } from '../store/tables';
import type { SampleSeeder } from '../projects/sample-seeders';
import { readWaves } from './read';
import sample from '../../../resources/sample/northwind-budget.json';

/** Amounts in the sample file are written in major units ("1850000.00") so a person can read and check them. */
const Money = z.string().regex(/^\d+(\.\d+)?$/);

const SampleLine = CostLineFieldsBase.omit({ unitCost: true, committed: true, actual: true, waveId: true, vendorId: true, taskId: true, scheduleFrom: true, notes: true }).extend({
  unitCost: Money,
  committed: Money,
  actual: Money,
  /** A task of the ten-step template, by its ref. */
  taskRef: z.string().optional(),
  /** The nth deployment wave, when the sample has waves. */
  waveIndex: z.number().int().min(0).optional(),
  scheduleFrom: z.enum(['line', 'task', 'wave']).optional(),
  notes: z.string().optional(),
});

const SampleBudget = z.object({
  settings: BudgetSettingsBase.extend({ approvedBudget: Money }),
  lines: z.array(SampleLine).min(1),
});

function minor(text: string, currency: string): number {
  const parsed = parseMoney(text, currency);
  if (!parsed.ok) throw new Error(`Sample budget: ${text} ${currency}: ${parsed.message}`);
  return parsed.minor;
}

/** Northwind's budget: EUR 1.85 M approved, 10% contingency, lines across every category, spend to date. */
export const seedBudget: SampleSeeder = (db: Database.Database, context) => {
  const data = SampleBudget.parse(sample);
  const currency = (db.prepare('SELECT currency FROM project LIMIT 1').get() as { currency: string }).currency;
  const rows = new RowWriter(db);
  const settings = BudgetSettings.parse({ ...data.settings, approvedBudget: minor(data.settings.approvedBudget, currency) });
  rows.update('budget_settings', 'budget', entityToColumns('budget_settings', settings));
  const waves = readWaves(db) ?? [];
  data.lines.forEach((line, index) => {
    const { taskRef, waveIndex, ...rest } = line;
    const taskId = taskRef ? (context.taskIdByRef.get(taskRef) ?? null) : null;
    const waveId = waveIndex !== undefined ? (waves[waveIndex]?.id ?? null) : null;
    const fields = CostLineFields.parse({
      ...rest,
      unitCost: minor(line.unitCost, line.currency),
      committed: minor(line.committed, line.currency),
      actual: minor(line.actual, line.currency),
      taskId,
      waveId,
      vendorId: null,
      // A line that follows a task or wave missing from this file keeps its own months.
      scheduleFrom: (line.scheduleFrom === 'task' && taskId) || (line.scheduleFrom === 'wave' && waveId) ? line.scheduleFrom : 'line',
      notes: line.notes ?? '',
    });
    rows.insert('cost_line', { id: crypto.randomUUID(), ...entityToColumns('cost_line', fields), sort_order: index });
  });
};
