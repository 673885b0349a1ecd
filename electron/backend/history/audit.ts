import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../shared/api/contract';
import { TABLES, isTableName, rowToEntity, type Row } from '../store/tables';

interface AuditWrite {
  at: string;
  action: AuditEntry['action'];
  table: string;
  rowId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

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

/** The append-only record of who changed what and when, with before and after values. */
export class AuditTrail {
  constructor(private readonly db: Database.Database, private readonly actor: string) {}

  write(entry: AuditWrite): void {
    const entity = isTableName(entry.table) ? TABLES[entry.table].entity : entry.table;
    this.db
      .prepare('INSERT INTO audit_log(at, actor, action, entity_type, entity_id, summary, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(entry.at, this.actor, entry.action, entity, entry.rowId, entry.summary, toJson(entry.table, entry.before), toJson(entry.table, entry.after));
  }

  list(limit: number, beforeId?: number): AuditEntry[] {
    const rows = (
      beforeId === undefined
        ? this.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit)
        : this.db.prepare('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?').all(beforeId, limit)
    ) as AuditRow[];
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      summary: row.summary,
      before: row.before_json === null ? null : JSON.parse(row.before_json),
      after: row.after_json === null ? null : JSON.parse(row.after_json),
    }));
  }
}

/** Rows are stored as entities (camelCase, booleans) so the trail reads like the API. */
function toJson(table: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (isTableName(table) && typeof value === 'object') return JSON.stringify(rowToEntity(table, value as Row));
  return JSON.stringify(value);
}
