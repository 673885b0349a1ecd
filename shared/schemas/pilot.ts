import { z } from 'zod';
import { IsoDate, Name, Text } from './common';

/** Step 7: who pilots, how success is measured, what came up, and what was decided. */

export const FINDING_CATEGORIES = ['integration', 'scaling', 'speed', 'compute', 'ease_of_use', 'utility', 'security', 'other'] as const;
export const FINDING_CATEGORY_LABELS: Record<(typeof FINDING_CATEGORIES)[number], string> = {
  integration: 'Integration',
  scaling: 'Scaling',
  speed: 'Speed',
  compute: 'Compute',
  ease_of_use: 'Ease of use',
  utility: 'Utility',
  security: 'Security',
  other: 'Other',
};

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

export const FINDING_STATUSES = ['open', 'in_progress', 'resolved', 'accepted'] as const;
export const FINDING_STATUS_LABELS: Record<(typeof FINDING_STATUSES)[number], string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  accepted: 'Accepted as is',
};

export const COMPARISONS = ['gte', 'lte', 'eq'] as const;
export type Comparison = (typeof COMPARISONS)[number];
export const COMPARISON_LABELS: Record<Comparison, string> = { gte: 'at least', lte: 'at most', eq: 'exactly' };

export const PILOT_OUTCOMES = ['proceed', 'extend', 'stop'] as const;
export type PilotOutcome = (typeof PILOT_OUTCOMES)[number];
export const PILOT_OUTCOME_LABELS: Record<PilotOutcome, string> = { proceed: 'Proceed to deployment', extend: 'Extend the pilot', stop: 'Stop' };

const Count = (label: string) =>
  z.number({ message: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} cannot be negative`).max(1_000_000);
/** Measured values and targets: any finite number (percentages, minutes, scores). */
export const Measure = z.number({ message: 'Enter a number' }).finite('Enter a number');

export function endNotBeforeStart(value: { startDate?: string | null; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end cannot be before the start' });
  }
}

export const PilotGroupFields = z.object({
  name: Name('Group name'),
  functions: Text(500),
  size: Count('Size'),
  composition: Text(2_000),
  isControl: z.boolean(),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
});
export type PilotGroup = z.infer<typeof PilotGroupFields> & { id: string; sortOrder: number };

export const ExitCriterionFields = z.object({
  metric: Name('Metric', 300),
  comparison: z.enum(COMPARISONS, { message: 'Choose how the value is compared' }),
  target: Measure,
  unit: Text(40),
  measured: Measure.nullable(),
  evidence: Text(2_000),
});
export type ExitCriterion = z.infer<typeof ExitCriterionFields> & { id: string; sortOrder: number };

export const FindingFields = z.object({
  title: Name('Finding', 300),
  category: z.enum(FINDING_CATEGORIES, { message: 'Choose a category' }),
  severity: z.enum(SEVERITIES, { message: 'Choose a severity' }),
  owner: Text(200),
  status: z.enum(FINDING_STATUSES, { message: 'Choose a status' }),
  resolution: Text(4_000),
  raisedOn: IsoDate.nullable(),
});
export type Finding = z.infer<typeof FindingFields> & { id: string; sortOrder: number };

export function resolutionWhenResolved(value: { status?: string; resolution?: string }, ctx: z.RefinementCtx) {
  if ((value.status === 'resolved' || value.status === 'accepted') && !value.resolution?.trim()) {
    ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'Say how it was resolved or why it is accepted' });
  }
}

/** Who decided: a team member with go/no-go rights (by id, when the team exists) and always their name. */
export const DecidedBy = z.object({
  memberId: z.string().max(100).nullable(),
  name: Name('Who decided'),
});

export const PilotDecisionInput = z.object({
  outcome: z.enum(PILOT_OUTCOMES, { message: 'Choose proceed, extend or stop' }),
  decidedOn: IsoDate,
  decidedBy: DecidedBy,
  rationale: Name('Rationale', 4_000),
});
export type PilotDecisionInput = z.infer<typeof PilotDecisionInput>;

export interface PilotDecision {
  id: string;
  outcome: PilotOutcome;
  decidedOn: string;
  decidedById: string | null;
  decidedByName: string;
  rationale: string;
  recordedAt: string;
  recordedBy: string;
}
