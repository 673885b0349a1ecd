import type Database from 'better-sqlite3';
import {
  INTERCHANGE_FORMAT, INTERCHANGE_VERSION,
  type DerivedResults, type InterchangeRow, type ProjectDocument, type ScheduledTaskResult,
} from '../../../shared/interchange/document';
import { evaluate } from '../../../shared/rules/scoring/evaluate';
import { evaluationInput } from '../../../shared/rules/scoring/evaluation-input';
import { outline } from '../../../shared/rules/schedule/wbs';
import { buildBudget } from '../budget/view';
import { readStepSummaries } from '../projects/steps';
import { TABLES, rowToEntity, type Row, type TableName } from '../store/tables';
import { readPlan, schedulePlan } from '../timeline/read';
import { readEvaluation, tableExists } from '../vendors/read';
import { APP_VERSION } from '../version';

/** The entity tables this file has, in the registry's order (which is also an order foreign keys allow). */
export function entityTables(db: Database.Database): TableName[] {
  return (Object.keys(TABLES) as TableName[]).filter((table) => tableExists(db, table));
}

/** Every row of one entity table as the API shows it, in the order they were written. */
export function readTableRows(db: Database.Database, table: TableName): InterchangeRow[] {
  return (db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Row[]).map((row) => rowToEntity<InterchangeRow>(table, row));
}

function deriveSchedule(db: Database.Database): DerivedResults['schedule'] {
  const plan = readPlan(db);
  const schedule = schedulePlan(plan);
  const byId = new Map(schedule.tasks.map((t) => [t.id, t]));
  const tasks: ScheduledTaskResult[] = outline(plan.tasks).flatMap(({ task, wbs }) => {
    const t = byId.get(task.id);
    if (!t) return [];
    return [{
      id: t.id, wbs, earlyStart: t.start, earlyFinish: t.finish, lateStart: t.lateStart, lateFinish: t.lateFinish,
      totalSlackDays: t.totalSlackDays, critical: t.critical, isSummary: t.isSummary, durationDays: t.durationDays, percentComplete: t.percentComplete,
    }];
  });
  return {
    projectStart: schedule.projectStart,
    projectFinish: schedule.projectFinish,
    tasks,
    criticalPath: tasks.filter((t) => t.critical && !t.isSummary).map((t) => t.id),
  };
}

function deriveVendors(db: Database.Database): DerivedResults['vendors'] {
  if (!tableExists(db, 'vendor_evaluation')) return null;
  const data = readEvaluation(db);
  if (data.vendors.length === 0) return null;
  const result = evaluate(evaluationInput(data));
  const names = new Map(data.vendors.map((v) => [v.id, v.name]));
  const criterionWeights: Record<string, number> = {};
  result.matrix.criterionIds.forEach((id, i) => { criterionWeights[id] = result.weights[i] ?? 0; });
  return {
    weightMethod: data.state.weightMethod,
    aggregation: data.state.aggregation,
    criterionWeights,
    ahp: result.ahp
      ? { groupWeights: Object.fromEntries(data.groups.map((g, i) => [g.id, result.ahp?.weights[i] ?? 0])), consistencyRatio: result.ahp.cr }
      : null,
    results: result.results.map((r) => ({
      vendorId: r.vendorId, name: names.get(r.vendorId) ?? '', total: r.total, rank: r.rank,
      knockout: r.knockout.state, failedMustHaves: r.knockout.failed,
    })),
    sensitivity: result.sensitivity,
  };
}

function deriveBudget(db: Database.Database, now: Date): DerivedResults['budget'] {
  if (!tableExists(db, 'cost_line')) return null;
  const { currency, asOf, computed } = buildBudget(db, now.toISOString());
  return { currency, asOf, headline: computed.headline };
}

/** The derived results alone: what reports and exports read besides the rows. */
export function deriveResults(db: Database.Database, now = new Date()): DerivedResults {
  return { schedule: deriveSchedule(db), vendors: deriveVendors(db), budget: deriveBudget(db, now), steps: readStepSummaries(db, now) };
}

/**
 * The derived results, each part computed from the file when it is first read and kept from then on. The parts
 * are enumerable properties like any other (JSON.stringify, spreading and schema checks read them all), but a
 * report or export that never looks at the vendor ranking does not pay for it: on a large project the ranking
 * alone reads 100,000+ scores again.
 */
function lazyDerivedResults(db: Database.Database, now: Date): DerivedResults {
  const parts: { [K in keyof DerivedResults]: () => DerivedResults[K] } = {
    schedule: () => deriveSchedule(db),
    vendors: () => deriveVendors(db),
    budget: () => deriveBudget(db, now),
    steps: () => readStepSummaries(db, now),
  };
  const derived = {} as DerivedResults;
  for (const key of Object.keys(parts) as (keyof DerivedResults)[]) {
    const settle = (value: unknown) => {
      Object.defineProperty(derived, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    };
    Object.defineProperty(derived, key, { enumerable: true, configurable: true, get: () => settle(parts[key]()), set: settle });
  }
  return derived;
}

function projectDocument(db: Database.Database, now: Date, derived: DerivedResults): ProjectDocument {
  const tables: Record<string, InterchangeRow[]> = {};
  for (const table of entityTables(db)) tables[table] = readTableRows(db, table);
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    exportedAt: now.toISOString(),
    generator: { name: 'Rollout Planner', version: APP_VERSION },
    tables,
    derived,
  };
}

/** The whole project as the JSON interchange document (docs/interchange.md). Reads only. */
export function buildProjectDocument(db: Database.Database, now = new Date()): ProjectDocument {
  return projectDocument(db, now, deriveResults(db, now));
}

/**
 * The same document for a reader that uses it at once, while the database is open and unchanged (a report, a
 * data export): the tables are read now, each derived part only if and when it is read.
 */
export function documentForReading(db: Database.Database, now = new Date()): ProjectDocument {
  return projectDocument(db, now, lazyDerivedResults(db, now));
}
