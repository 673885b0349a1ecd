import type Database from 'better-sqlite3';
import { ApiError, type FieldIssue } from '../../../shared/errors';
import type { HandoffRedactions } from '../../../shared/api/methods/interchange';
import { TABLES, type TableName } from '../store/tables';
import { entityTableInfo, type ColumnInfo, type TableInfo } from './db-schema';
import { fieldName } from './document-schema';
import { pseudonymiser, type Pseudonymiser } from './pseudonyms';

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

/**
 * Every text of the copy where a name can be written: each TEXT column of each entity table but keys and references
 * (JSON columns too: sign-offs, documents), and the audit trail's summaries and actors. Answers how many values changed.
 */
function replaceNamesInText(db: Database.Database, names: Pseudonymiser): number {
  let changed = 0;
  const targets: { table: string; columns: string[] }[] = entityTableInfo().map((table) => ({
    table: table.name,
    columns: table.columns.filter((c) => c.type === 'TEXT' && !c.primaryKey && !table.foreignKeys.some((fk) => fk.column === c.name)).map((c) => c.name),
  }));
  targets.push({ table: 'audit_log', columns: ['summary', 'actor'] });
  for (const { table, columns } of targets) {
    if (columns.length === 0) continue;
    const select = db.prepare(`SELECT rowid AS _rowid, ${columns.join(', ')} FROM ${table}`);
    const updates = new Map(columns.map((c) => [c, db.prepare(`UPDATE ${table} SET ${c} = ? WHERE rowid = ?`)]));
    for (const row of select.all() as Record<string, unknown>[]) {
      for (const column of columns) {
        const value = row[column];
        if (typeof value !== 'string' || value === '') continue;
        const replaced = names.replace(value);
        if (replaced !== value) {
          updates.get(column)?.run(replaced, row._rowid);
          changed++;
        }
      }
    }
  }
  return changed;
}

const count = (db: Database.Database, sql: string): number => db.prepare(sql).run().changes;

/**
 * Applies the redactions to the hand-off copy (never to the open project) and answers one line per redaction with
 * what it changed. The copy's undo history is emptied whenever something is redacted: it holds the old row images.
 */
export function applyRedactions(db: Database.Database, redactions: HandoffRedactions, named: readonly NamedColumn[]): { lines: string[]; pseudonymise: Pseudonymiser | null } {
  const lines: string[] = [];
  let pseudonymise: Pseudonymiser | null = null;
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
    const evaluators = db.prepare(`SELECT e.id, e.name, e.member_id AS memberId, m.name AS memberName
      FROM evaluator e LEFT JOIN team_member m ON m.id = e.member_id ORDER BY e.sort_order, e.rowid`).all() as { id: string; name: string; memberId: string | null; memberName: string | null }[];
    const pseudonym = (i: number) => `Evaluator ${i + 1}`;
    const linked = new Set(evaluators.flatMap((e) => (e.memberId ? [e.memberId] : [])));
    const others = (db.prepare('SELECT id, name FROM team_member').all() as { id: string; name: string }[]).filter((m) => !linked.has(m.id)).map((m) => m.name);
    pseudonymise = pseudonymiser(evaluators.flatMap((e, i) => [{ name: e.name, pseudonym: pseudonym(i) }, ...(e.memberName ? [{ name: e.memberName, pseudonym: pseudonym(i) }] : [])]), others);
    const rename = db.prepare('UPDATE evaluator SET name = ?, anonymous = 1, member_id = NULL WHERE id = ?');
    // A team member who scored becomes the same "Evaluator n" in the team, and their contact (an address with their name) goes.
    const renameMember = db.prepare("UPDATE team_member SET name = ?, contact = '' WHERE id = ?");
    evaluators.forEach((e, i) => {
      rename.run(pseudonym(i), e.id);
      if (e.memberId) renameMember.run(pseudonym(i), e.memberId);
    });
    const places = replaceNamesInText(db, pseudonymise);
    lines.push(`Evaluator names: ${evaluators.length} evaluator(s) renamed "Evaluator 1" to "Evaluator ${evaluators.length}", shown anonymously, links to team members removed`
      + `${linked.size > 0 ? ` (${linked.size} team member(s) who evaluated renamed the same way, their contact removed)` : ''}; `
      + `their names replaced in ${places} other text(s) (owners, decisions, notes, the audit trail...).`);
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
  return { lines, pseudonymise };
}

/** What a hand-off copy says was redacted in it, kept in its `meta` table so reports made from it later say so too. */
export interface RecordedRedactions {
  costFigures: boolean;
  evaluatorNames: boolean;
  internalNotes: boolean;
  fields: string[];
}

const META_KEY = 'handoff_redactions';

/** The redactions recorded in a file (a copy of a copy keeps those of the first): none for an ordinary project. */
export function readRedactions(db: Database.Database): RecordedRedactions | null {
  try {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(META_KEY) as { value: string } | undefined;
    if (!row) return null;
    const value = JSON.parse(row.value) as Partial<RecordedRedactions>;
    return { costFigures: value.costFigures === true, evaluatorNames: value.evaluatorNames === true, internalNotes: value.internalNotes === true,
      fields: Array.isArray(value.fields) ? value.fields.filter((f): f is string => typeof f === 'string') : [] };
  } catch {
    return null;
  }
}

export function recordRedactions(db: Database.Database, redactions: HandoffRedactions): void {
  const before = readRedactions(db);
  const value: RecordedRedactions = {
    costFigures: redactions.costFigures || before?.costFigures === true,
    evaluatorNames: redactions.evaluatorNames || before?.evaluatorNames === true,
    internalNotes: redactions.internalNotes || before?.internalNotes === true,
    fields: [...new Set([...(before?.fields ?? []), ...redactions.fields])],
  };
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(META_KEY, JSON.stringify(value));
}
