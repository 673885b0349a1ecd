import { neutraliseCell } from '../exports/cell-safety';
import { stepByKey } from '../steps';
import { entityLabel, isDecisionEntry, scopeOfEntry } from './audit-trail';

/** The fields of an audit entry the export needs (AuditEntry of shared/api/contract.ts has them all). */
export interface AuditCsvEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
}

export const AUDIT_CSV_HEADER = ['Entry', 'When (UTC)', 'Who', 'Action', 'Decision', 'Step', 'Entity', 'Entity id', 'What'] as const;

/** "3. Products and vendors" for a step, "Whole project" otherwise. */
export function scopeLabel(entityType: string, entityId: string | null): string {
  const scope = scopeOfEntry(entityType, entityId);
  if (scope === 'project') return 'Whole project';
  const step = stepByKey(scope);
  return `${step.number}. ${step.title}`;
}

/**
 * One CSV field: neutralised against formula injection (a name like =HYPERLINK(...) stays text in Excel and
 * LibreOffice), then quoted when it holds a separator, a quote or a line break.
 */
export function csvField(value: string): string {
  const safe = neutraliseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The audit trail as CSV (RFC 4180, CRLF line ends), one row per entry in the order given. */
export function auditCsv(entries: readonly AuditCsvEntry[]): string {
  const rows = entries.map((e) => [
    String(e.id),
    e.at,
    e.actor,
    e.action,
    isDecisionEntry(e.action, e.entityType) ? 'yes' : '',
    scopeLabel(e.entityType, e.entityId),
    entityLabel(e.entityType),
    e.entityId ?? '',
    e.summary,
  ]);
  return [AUDIT_CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
