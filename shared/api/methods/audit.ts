import { z } from 'zod';
import { method } from '../method';
import type { AuditEntry } from '../contract';
import { AUDIT_SCOPES } from '../../rules/audit-trail';

/** What the audit trail screen filters by; every part is optional and they combine with AND. */
export const AuditFilter = z
  .object({
    /** One of the ten steps, or 'project' for what belongs to the project as a whole. */
    scope: z.enum(AUDIT_SCOPES, { message: 'Choose a step or the whole project' }).optional(),
    /** An entity type as the trail names it ("team member", "gate decision", ...). */
    entityType: z.string().trim().min(1).max(100).optional(),
    decisionsOnly: z.boolean().optional(),
    /** Matched, case-insensitively for Latin letters, against the summary, the person and the entity type. */
    text: z.string().trim().max(200, 'At most 200 characters').optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AUDIT_PAGE_SIZES = [25, 50, 100, 200] as const;

export interface AuditPage {
  entries: (AuditEntry & { decision: boolean })[];
  /** How many entries match the filter in all. */
  total: number;
  offset: number;
  /** Entity types in the whole trail with their counts, for the entity filter. */
  entityTypes: { entityType: string; count: number }[];
}

export const auditMethods = {
  /** A page of the trail, newest first, filtered. */
  'audit.search': method(
    z
      .object({
        filter: AuditFilter.default({}),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
  ).returns<AuditPage>(),
  /** Every entry that matches the filter, as CSV with formula-like cells neutralised. */
  'audit.exportCsv': method(z.object({ filter: AuditFilter.default({}) }).strict()).returns<{ fileName: string; csv: string; rows: number }>(),
} as const;
