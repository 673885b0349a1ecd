import type Database from 'better-sqlite3';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import type { Comparison, Criterion, CriterionGroup, Decision, EvaluationState, Evaluator, KnockoutRecord, Score, Vendor } from '../../../shared/schemas/vendors';
import { rowToEntity, type Row, type TableName } from '../store/tables';

function all<T>(db: Database.Database, table: TableName, orderBy = 'sort_order, rowid'): T[] {
  return (db.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).all() as Row[]).map((row) => rowToEntity<T>(table, row));
}

/** The vendors with every field (price inputs included), in the evaluation's order. */
export function readVendorRows(db: Database.Database): Vendor[] {
  return all<Vendor>(db, 'vendor');
}

export function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${JSON.stringify(table)})`).all() as { name: string }[]).map((c) => c.name);
}

export function readState(db: Database.Database): EvaluationState {
  const row = db.prepare("SELECT * FROM vendor_evaluation WHERE id = 'evaluation'").get() as Row;
  const { id: _id, ...state } = rowToEntity<EvaluationState & { id: string }>('vendor_evaluation', row);
  return state;
}

export function readDecision(db: Database.Database): Decision {
  const row = db.prepare("SELECT * FROM vendor_decision WHERE id = 'decision'").get() as Row;
  const { id: _id, ...decision } = rowToEntity<Decision & { id: string }>('vendor_decision', row);
  return decision;
}

/**
 * Step 2's requirements, when that feature's table is in this file (it arrives in its own migration; criteria keep
 * their links without a foreign key so either feature works alone).
 */
function readRequirements(db: Database.Database): VendorEvaluation['requirements'] {
  if (!tableExists(db, 'requirement')) return null;
  const cols = columns(db, 'requirement');
  if (!cols.includes('title')) return null;
  const code = cols.includes('code') ? "code || ' ' || " : '';
  const order = cols.includes('sort_order') ? 'sort_order' : 'rowid';
  return db.prepare(`SELECT id, ${code}title AS title FROM requirement ORDER BY ${order}`).all() as { id: string; title: string }[];
}

/** The deployment waves' total headcount when step 8 has waves with people in them; else the evaluation's own figure. */
export function readHeadcount(db: Database.Database, own: number): VendorEvaluation['headcount'] {
  if (tableExists(db, 'wave') && columns(db, 'wave').includes('headcount')) {
    const total = (db.prepare('SELECT COALESCE(SUM(headcount), 0) AS total FROM wave').get() as { total: number }).total;
    if (total > 0) return { value: total, source: 'waves' };
  }
  return { value: own, source: 'evaluation' };
}

export function readScores(db: Database.Database): Score[] {
  return all<Score>(db, 'score', 'rowid');
}

/** The evaluation as stored; `withScores: false` leaves the scores out (readScores reads them). */
export function readEvaluation(db: Database.Database, withScores = true): VendorEvaluation {
  const state = readState(db);
  const currency = (db.prepare('SELECT currency FROM project LIMIT 1').get() as { currency: string } | undefined)?.currency ?? 'EUR';
  return {
    vendors: readVendorRows(db),
    groups: all<CriterionGroup>(db, 'criterion_group'),
    criteria: all<Criterion>(db, 'criterion'),
    evaluators: all<Evaluator>(db, 'evaluator'),
    scores: withScores ? readScores(db) : [],
    knockouts: all<KnockoutRecord>(db, 'knockout_result', 'rowid'),
    comparisons: all<Comparison>(db, 'ahp_comparison', 'rowid'),
    state,
    decision: readDecision(db),
    links: db.prepare('SELECT criterion_id AS criterionId, requirement_id AS requirementId FROM criterion_requirement ORDER BY rowid').all() as VendorEvaluation['links'],
    requirements: readRequirements(db),
    headcount: readHeadcount(db, state.headcount),
    currency,
  };
}
