import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { ApiError, type FieldIssue } from '../../../shared/errors';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type InterchangeRow } from '../../../shared/interchange/document';
import { STEPS } from '../../../shared/steps';
import { formatIssuePath, issueLines } from '../../../shared/interchange/issue-path';
import { AuditTrail } from '../history/audit';
import { createProjectFile } from '../project-file/project-file';
import { SCHEMA_VERSION } from '../project-file/migrations';
import { entityToColumns, TABLES, type TableName } from '../store/tables';
import { readPlan, schedulePlan } from '../timeline/read';
import { entityTableInfo } from './db-schema';
import { INTERCHANGE_LIMITS, interchangeSchemas } from './document-schema';
import { checkReferences } from './references';

export interface ImportOptions {
  actor?: string;
  /** The name of the file the document came from, for the audit trail ("Imported from plan.json"). */
  sourceName?: string;
}

export { formatIssuePath, issueLines };

function invalid(issues: FieldIssue[]): ApiError {
  const first = issues[0];
  const summary = issues.length === 1 && first
    ? `The document cannot be imported: ${issueLines([first])[0]}`
    : `The document cannot be imported: ${issues.length} problems were found.`;
  return new ApiError('VALIDATION', summary, issues);
}

function zodToIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const what = issue.path.length === 1 && issue.path[0] === 'tables' ? 'Unknown table' : issue.path.length === 0 ? 'Unknown property' : 'Unknown field';
      return issue.keys.map((key) => ({ path: [...issue.path, key] as (string | number)[], message: what }));
    }
    return [{ path: issue.path as (string | number)[], message: issue.message }];
  });
}

/** Refuses nesting deeper than the limit by scanning the text once, before JSON.parse could exhaust the stack. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return depth;
}

/** Parses the text of a JSON document within the limits; a refusal is a VALIDATION error with one issue. */
export function parseDocumentText(text: string): unknown {
  const refuse = (message: string) => new ApiError('VALIDATION', `The document cannot be imported: ${message}`, [{ path: [], message }]);
  if (Buffer.byteLength(text, 'utf8') > INTERCHANGE_LIMITS.maxBytes) {
    throw refuse(`it is larger than ${INTERCHANGE_LIMITS.maxBytes / 1024 / 1024} MB.`);
  }
  if (nestingDepth(text, INTERCHANGE_LIMITS.maxDepth) > INTERCHANGE_LIMITS.maxDepth) {
    throw refuse(`it is nested deeper than ${INTERCHANGE_LIMITS.maxDepth} levels, which no project document is.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw refuse(`it is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
}

/** The envelope first, so a document of another kind or a newer app gets one clear sentence instead of a list. */
function checkEnvelope(doc: unknown): void {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw invalid([{ path: [], message: 'Expected a JSON object (a Rollout Planner project document)' }]);
  const { format, formatVersion, schemaVersion } = doc as Record<string, unknown>;
  if (format !== INTERCHANGE_FORMAT) throw invalid([{ path: ['format'], message: `Not a Rollout Planner project document (format must be "${INTERCHANGE_FORMAT}")` }]);
  if (typeof formatVersion === 'number' && formatVersion > INTERCHANGE_VERSION) {
    throw new ApiError('VALIDATION', `This document was written in interchange format version ${formatVersion} by a newer Rollout Planner; this version reads format ${INTERCHANGE_VERSION}. Update Rollout Planner to import it.`, [{ path: ['formatVersion'], message: `Format version ${formatVersion} is newer than ${INTERCHANGE_VERSION}` }]);
  }
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    throw new ApiError('VALIDATION', `This document comes from a project file of schema ${schemaVersion}, newer than this version's ${SCHEMA_VERSION}. Update Rollout Planner to import it.`, [{ path: ['schemaVersion'], message: `Schema ${schemaVersion} is newer than ${SCHEMA_VERSION}` }]);
  }
}

type Tables = Partial<Record<TableName, InterchangeRow[]>>;

/** The reference checks on rows that failed the schema too, so one run lists every problem; skipped where the shape is unusable. */
function referencesOfRaw(tables: unknown): FieldIssue[] {
  if (typeof tables !== 'object' || tables === null) return [];
  const usable = Object.fromEntries(Object.entries(tables).filter(([name, rows]) => name in TABLES && Array.isArray(rows)
    && rows.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))));
  try {
    // The schema already reports a missing or duplicated project row.
    return checkReferences(usable).filter((issue) => issue.path[1] !== 'project');
  } catch {
    return [];
  }
}

/** Validates completely (every problem collected, each with its path) and answers the document's tables. */
export function validateProjectDocument(doc: unknown): Tables {
  checkEnvelope(doc);
  const parsed = interchangeSchemas().importDocument.safeParse(doc);
  if (!parsed.success) throw invalid([...zodToIssues(parsed.error), ...referencesOfRaw((doc as { tables?: unknown }).tables)]);
  const tables = parsed.data.tables as Tables;
  const issues = checkReferences(tables);
  if (issues.length > 0) throw invalid(issues);
  return tables;
}

/** Writes the rows into the new file's database; what SQLite still refuses (a UNIQUE, a CHECK across columns) is collected. */
function fill(db: Database.Database, tables: Tables, actor: string, sourceName: string): void {
  db.pragma('defer_foreign_keys = ON');
  const issues: FieldIssue[] = [];
  const stepRows = new Map((tables.step ?? []).map((row) => [row.key, row]));
  const steps: InterchangeRow[] = STEPS.map((step, index) => stepRows.get(step.key) ?? { key: step.key, sortOrder: index, statusOverride: null, overrideReason: '', notes: '' });
  const withSteps: Tables = { ...tables, step: steps };
  for (const info of entityTableInfo()) {
    const rows = withSteps[info.name];
    if (!rows || (rows.length === 0 && info.defaultRowIds.length > 0)) continue;
    db.prepare(`DELETE FROM ${info.name}`).run();
    rows.forEach((row, index) => {
      const columns = entityToColumns(info.name, row);
      const names = Object.keys(columns);
      try {
        db.prepare(`INSERT INTO ${info.name} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => columns[n]));
      } catch (error) {
        issues.push({ path: ['tables', info.name, index], message: `Refused by the project file: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
  }
  for (const broken of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
    issues.push({ path: ['tables', broken.table], message: `A row points to a ${broken.parent} that does not exist` });
  }
  if (issues.length === 0) {
    try {
      schedulePlan(readPlan(db));
    } catch (error) {
      issues.push({ path: ['tables', 'dependency'], message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (issues.length > 0) throw invalid(issues);
  const project = db.prepare('SELECT id FROM project').get() as { id: string };
  new AuditTrail(db, actor).write({ at: new Date().toISOString(), action: 'file', table: 'project', rowId: project.id, summary: `Imported from ${sourceName}` });
}

/**
 * Creates a new project file at `outPath` from an interchange document: validated completely before anything is
 * written, then built under a temporary name and published only when complete (a failure leaves no file). Tables the
 * document leaves out keep what a blank project has; the derived part is ignored (the app recomputes it).
 */
export function importProjectDocument(doc: unknown, outPath: string, options: ImportOptions = {}): { path: string; counts: Record<string, number> } {
  const tables = validateProjectDocument(doc);
  const counts: Record<string, number> = {};
  createProjectFile(outPath, (db) => {
    fill(db, tables, options.actor ?? 'Rollout Planner', options.sourceName ?? 'a JSON document');
    for (const table of Object.keys(TABLES) as TableName[]) {
      counts[table] = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
  });
  return { path: outPath, counts };
}
