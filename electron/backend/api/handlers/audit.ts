import path from 'node:path';
import { auditCsv } from '../../../../shared/rules/audit-csv';
import { allMatching, searchAudit } from '../../history/audit-query';
import type { HandlerMap } from '../handler-types';

type AuditMethods = 'audit.search' | 'audit.exportCsv';

/** "northwind-rollout-audit-2027-03-01.csv": the project's file name without extension, and today's date. */
function exportName(fileName: string, now: Date): string {
  const base = fileName.replace(/\.rollout$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'project';
  return `${base}-audit-${now.toISOString().slice(0, 10)}.csv`;
}

export const auditHandlers: HandlerMap<AuditMethods> = {
  'audit.search': ({ filter, offset, limit }, ctx) => searchAudit(ctx.session().db, filter, offset, limit),
  'audit.exportCsv': ({ filter }, ctx) => {
    const session = ctx.session();
    const entries = allMatching(session.db, filter);
    return { fileName: exportName(path.basename(session.path), new Date()), csv: auditCsv(entries), rows: entries.length };
  },
};
