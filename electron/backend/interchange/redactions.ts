import type Database from 'better-sqlite3';
import { ApiError, type FieldIssue } from '../../../shared/errors';
import type { HandoffRedactions } from '../../../shared/api/methods/interchange';
import { TABLES, type TableName } from '../store/tables';
import { entityTableInfo, type ColumnInfo, type TableInfo } from './db-schema';
import { fieldName } from './document-schema';

/** Internal text besides every `notes`/`note` column: the reasons and remarks a client should not read. */
const INTERNAL_TEXT = new Set(['step.override_reason', 'use_case.decision_note', 'score.rationale', 'vendor_decision.dissent']);

/** Money: set to 0, or to null where the file allows (an approved budget of null reads "not approved yet"). */
const COST_COLUMNS: Record<string, string[]> = {
  cost_line: ['unit_cost', 'committed', 'actual'],
  vendor: ['seat_per_month', 'usage_per_user_month', 'annual_fixed', 'one_off'],
  budget_settings: ['approved_budget'],
};

/** The neutral value a named field is redacted to: its default, else empty text; undefined when it has none. */
function neutralValue(table: TableInfo, column: ColumnInfo): string | number | null | undefined {
  if (column.primaryKey || table.foreignKeys.some((fk) => fk.column === column.name && column.notNull)) return undefined;
  if (column.defaultValue !== undefined) return column.defaultValue;
  if (column.type === 'TEXT' && !column.allowed && !column.pattern && column.literal === undefined && !/(_date|_on|_at)$/.test(column.name)) return '';
  return undefined;
}

/** Every `table.field` the hand-off can redact by name. */
export function redactableFields(): string[] {
  return entityTableInfo().flatMap((table) => table.columns.filter((c) => neutralValue(table, c) !== undefined && !c.name.endsWith('sort_order'))
    .map((c) => `${table.name}.${fieldName(table.name, c.name)}`));
}

interface NamedColumn { table: TableName; column: string; value: string | number | null }

/** Resolves the named fields, collecting every one that does not exist or cannot be blanked. */
export function resolveNamedFields(fields: readonly string[]): NamedColumn[] {
  const issues: FieldIssue[] = [];
  const out: NamedColumn[] = [];
  fields.forEach((name, index) => {
    const [tableName = '', field = ''] = name.split('.');
    const table = entityTableInfo().find((t) => t.name === tableName);
    const column = table?.columns.find((c) => fieldName(table.name, c.name) === field);
    const path = ['redactions', 'fields', index];
    if (!table) issues.push({ path, message: `"${tableName}" is not a table of the project` });
    else if (!column) issues.push({ path, message: `The ${TABLES[table.name].entity} has no field "${field}"` });
    else {
      const value = neutralValue(table, column);
      if (value === undefined) issues.push({ path, message: `${name} is required and has no neutral value to redact it to` });
      else out.push({ table: table.name, column: column.name, value });
    }
  });
  if (issues.length > 0) throw new ApiError('VALIDATION', 'Some of the fields to redact cannot be redacted.', issues);
  return out;
}

const count = (db: Database.Database, sql: string): number => db.prepare(sql).run().changes;

/**
 * Applies the redactions to the hand-off copy (never to the open project) and answers one line per redaction with
 * what it changed. The copy's undo history is emptied whenever something is redacted: it holds the old row images.
 */
export function applyRedactions(db: Database.Database, redactions: HandoffRedactions, named: readonly NamedColumn[]): { lines: string[]; evaluatorNames: string[] } {
  const lines: string[] = [];
  let evaluatorNames: string[] = [];
  if (redactions.internalNotes) {
    let changed = 0;
    for (const table of entityTableInfo()) {
      for (const column of table.columns) {
        if (column.name === 'notes' || column.name === 'note' || INTERNAL_TEXT.has(`${table.name}.${column.name}`)) {
          changed += count(db, `UPDATE ${table.name} SET ${column.name} = '' WHERE ${column.name} <> ''`);
        }
      }
    }
    lines.push(`Internal notes: ${changed} note(s), reason(s) and rationale(s) emptied (notes of steps, tasks, cost lines, KPI measurements and knock-outs; status override reasons; use case decision notes; scoring rationales; dissent on the vendor decision).`);
  }
  if (redactions.evaluatorNames) {
    const evaluators = db.prepare('SELECT id, name FROM evaluator ORDER BY sort_order, rowid').all() as { id: string; name: string }[];
    evaluatorNames = evaluators.map((e) => e.name);
    const rename = db.prepare('UPDATE evaluator SET name = ?, anonymous = 1, member_id = NULL WHERE id = ?');
    evaluators.forEach((e, i) => rename.run(`Evaluator ${i + 1}`, e.id));
    lines.push(`Evaluator names: ${evaluators.length} evaluator(s) renamed "Evaluator 1" to "Evaluator ${evaluators.length}", shown anonymously, links to team members removed.`);
  }
  if (redactions.costFigures) {
    const parts = Object.entries(COST_COLUMNS).map(([table, columns]) => {
      const set = columns.map((c) => `${c} = ${c === 'approved_budget' ? 'NULL' : '0'}`).join(', ');
      return `${count(db, `UPDATE ${table} SET ${set}`)} ${TABLES[table as TableName].entity} row(s)`;
    });
    count(db, "UPDATE budget_settings SET contingency_value = 0 WHERE contingency_mode = 'amount'");
    lines.push(`Cost figures: unit costs, committed and actual amounts, vendor prices and the approved budget removed (${parts.join(', ')}).`);
  }
  for (const field of named) {
    const changed = db.prepare(`UPDATE ${field.table} SET ${field.column} = ? WHERE ${field.column} IS NOT ?`).run(field.value, field.value).changes;
    lines.push(`Field ${field.table}.${fieldName(field.table, field.column)}: ${changed} value(s) set to ${field.value === null ? 'empty (null)' : JSON.stringify(field.value)}.`);
  }
  return { lines, evaluatorNames };
}
