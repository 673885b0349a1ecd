import { STEP_KEYS, type StepKey } from '../steps';

/**
 * Which step of the rollout each kind of audited entity belongs to. The audit trail stores the entity's human name
 * (electron/backend/store/tables.ts), so the map is keyed by that name. Entities not listed (the project itself,
 * file events, tables added later) belong to the project as a whole; a `step` row belongs to the step it names.
 */
const STEP_ENTITIES: Record<StepKey, readonly string[]> = {
  team: ['team function', 'team member', 'RACI assignment', 'escalation level'],
  requirements: ['principle', 'use case', 'requirement'],
  vendors: [
    'vendor', 'criterion group', 'criterion', 'criterion requirement link', 'evaluator', 'score', 'knock-out result',
    'pairwise comparison', 'vendor evaluation', 'vendor decision',
  ],
  plan: ['task', 'dependency', 'calendar', 'holiday', 'baseline', 'baseline task', 'budget settings', 'cost line'],
  communications: ['stakeholder group', 'communication item', 'feedback item'],
  training: ['training audience', 'training module', 'training need', 'training session', 'training enrolment'],
  pilot: ['pilot group', 'pilot exit criterion', 'pilot finding', 'pilot decision'],
  deployment: ['deployment plan', 'wave', 'gate criterion', 'gate decision', 'support item'],
  monitoring: ['KPI', 'KPI measurement', 'monitoring item'],
  contingency: [
    'risk', 'control', 'risk control link', 'policy', 'governance charter', 'charter reviewer', 'severity level',
    'runbook', 'drill', 'incident', 'contingency plan', 'compliance item',
  ],
};

/** The step filter's values: one of the ten steps, or the project as a whole. */
export const AUDIT_SCOPES = [...STEP_KEYS, 'project'] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

/** The entity types that belong to a step (a `step` row with that key belongs to it as well). */
export function entityTypesOfStep(key: StepKey): readonly string[] {
  return STEP_ENTITIES[key];
}

/** Every entity type that belongs to some step; anything else belongs to the project as a whole. */
export const STEP_ENTITY_TYPES: readonly string[] = STEP_KEYS.flatMap((key) => STEP_ENTITIES[key]);

/** The step an audit entry belongs to, or 'project'. */
export function scopeOfEntry(entityType: string, entityId: string | null): AuditScope {
  if (entityType === 'step') return (STEP_KEYS as readonly string[]).includes(entityId ?? '') ? (entityId as StepKey) : 'project';
  return STEP_KEYS.find((key) => STEP_ENTITIES[key].includes(entityType)) ?? 'project';
}

/** The three decisions the rollout records formally: the vendor choice, the pilot decision and each wave's gate. */
export const DECISION_ENTITY_TYPES = ['vendor decision', 'pilot decision', 'gate decision'] as const;

/** A decision row: the formal 'decision' entry, or any change to a recorded decision (including its undo). */
export function isDecisionEntry(action: string, entityType: string): boolean {
  return action === 'decision' || (DECISION_ENTITY_TYPES as readonly string[]).includes(entityType);
}

/** A free-text search term as a LIKE pattern that matches the characters typed, % and _ included. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** "team member" -> "Team member"; "KPI" stays "KPI". */
export function entityLabel(entityType: string): string {
  const text = entityType.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
