// The audit trail screen's reads: filtered, counted and paged in SQL, so a trail of many thousand entries stays quick.
import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../shared/api/contract';
import type { AuditFilter, AuditPage } from '../../../shared/api/methods/audit';
import { DECISION_ENTITY_TYPES, STEP_ENTITY_TYPES, entityTypesOfStep, isDecisionEntry, likePattern } from '../../../shared/rules/audit-trail';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditEntry['action'];
  entity_type: string;
  entity_id: string | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
}

/** The WHERE clause and its parameters for a filter; every value is bound, never spliced into the SQL. */
function whereClause(filter: AuditFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const inList = (values: readonly string[]) => {
    params.push(...values);
    return values.map(() => '?').join(', ');
  };
  if (filter.scope === 'project') {
    parts.push(`(entity_type <> 'step' AND entity_type NOT IN (${inList(STEP_ENTITY_TYPES)}))`);
  } else if (filter.scope) {
    params.push(filter.scope);
    parts.push(`((entity_type = 'step' AND entity_id = ?) OR entity_type IN (${inList(entityTypesOfStep(filter.scope))}))`);
  }
  if (filter.entityType) {
    parts.push('entity_type = ?');
    params.push(filter.entityType);
  }
  if (filter.decisionsOnly) parts.push(`(action = 'decision' OR entity_type IN (${inList(DECISION_ENTITY_TYPES)}))`);
  if (filter.text) {
    parts.push("(summary LIKE ? ESCAPE '\\' OR actor LIKE ? ESCAPE '\\' OR entity_type LIKE ? ESCAPE '\\')");
    const pattern = likePattern(filter.text);
    params.push(pattern, pattern, pattern);
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function toEntry(row: AuditRow): AuditEntry & { decision: boolean } {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: row.summary,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    decision: isDecisionEntry(row.action, row.entity_type),
  };
}

/** A page of matching entries, newest first, with the total and the entity types of the whole trail. */
export function searchAudit(db: Database.Database, filter: AuditFilter, offset: number, limit: number): AuditPage {
  const { sql, params } = whereClause(filter);
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM audit_log ${sql}`).get(...params) as { n: number }).n;
  const rows = db.prepare(`SELECT * FROM audit_log ${sql} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as AuditRow[];
  const entityTypes = db
    .prepare('SELECT entity_type AS entityType, COUNT(*) AS count FROM audit_log GROUP BY entity_type ORDER BY entity_type')
    .all() as { entityType: string; count: number }[];
  return { entries: rows.map(toEntry), total, offset, entityTypes };
}

/** Every matching entry, newest first, without the before/after values (the CSV does not carry them). */
export function allMatching(db: Database.Database, filter: AuditFilter): Omit<AuditEntry, 'before' | 'after'>[] {
  const { sql, params } = whereClause(filter);
  return (
    db.prepare(`SELECT id, at, actor, action, entity_type, entity_id, summary FROM audit_log ${sql} ORDER BY id DESC`).all(...params) as AuditRow[]
  ).map((row) => ({ id: row.id, at: row.at, actor: row.actor, action: row.action, entityType: row.entity_type, entityId: row.entity_id, summary: row.summary }));
}
