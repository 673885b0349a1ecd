import type Database from 'better-sqlite3';
import { ApiError, type FieldIssue } from '../../../shared/errors';
import { readStepSummaries } from '../projects/steps';
import { readPlan, schedulePlan } from '../timeline/read';
import { interchangeSchemas } from './document-schema';
import { issueLines } from './import-document';
import { entityTables, readTableRows } from './project-document';
import { checkReferences } from './references';

export interface ConsistencyReport {
  /** Contradictions the app's rules do not allow (a file edited by other means): `path: message`. */
  problems: string[];
  /** Readiness warnings of the ten steps: advice, not errors. */
  warnings: string[];
}

/**
 * The consistency checks beyond what opening a file already checks (integrity, foreign keys, schema): every row
 * against the interchange schema, the references SQLite cannot check, and a schedule that computes.
 */
export function checkConsistency(db: Database.Database): ConsistencyReport {
  const problems: FieldIssue[] = [];
  try {
    schedulePlan(readPlan(db));
  } catch (error) {
    problems.push({ path: ['tables', 'dependency'], message: error instanceof ApiError ? error.message : String(error) });
  }
  const tables = readTables(db);
  const parsed = interchangeSchemas().importDocument.shape.tables.safeParse(tables);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => ({ path: ['tables', ...(i.path as (string | number)[])], message: i.message })));
  else problems.push(...checkReferences(parsed.data as never));
  // Readiness reads the task tree, which a broken file (a task its own ancestor) would send round in circles.
  const warnings = problems.length > 0 ? [] : readStepSummaries(db).flatMap((step) => step.warnings.map((w) => `${step.key}: ${w.message}`));
  return { problems: issueLines(problems), warnings };
}

/** The rows of every entity table, read without the derived part (whose schedule would throw on a cycle). */
function readTables(db: Database.Database): Record<string, unknown> {
  return Object.fromEntries(entityTables(db).map((table) => [table, readTableRows(db, table)]));
}
