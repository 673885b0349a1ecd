import { z } from 'zod';
import { STEP_KEYS, type StepKey } from '../steps';
import { Name, Text, Uuid } from './common';

export const TEAM_ROLES = ['sponsor', 'lead', 'member', 'advisor'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const TEAM_ROLE_LABELS: Record<TeamRole, string> = { sponsor: 'Sponsor', lead: 'Lead', member: 'Member', advisor: 'Advisor' };

/** The key decisions of a rollout: each is a decision right a member can hold and a column of the RACI grid. */
export const DECISIONS = ['approve_vendor', 'approve_budget', 'go_no_go', 'approve_policy', 'approve_communications'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = {
  approve_vendor: 'Approve vendor',
  approve_budget: 'Approve budget',
  go_no_go: 'Go/no-go',
  approve_policy: 'Approve policy',
  approve_communications: 'Approve communications',
};

/** The columns of the RACI grid: the ten steps, then the key decisions. */
export const RACI_ITEMS = [...STEP_KEYS, ...DECISIONS.map((d) => `decision:${d}` as const)] as const;
export type RaciItem = StepKey | `decision:${Decision}`;
export const RaciItemSchema = z.enum(RACI_ITEMS as unknown as [RaciItem, ...RaciItem[]]);

export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];
export const RACI_ROLE_LABELS: Record<RaciRole, string> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

export const TeamFunctionFields = z.object({
  name: Name('Function name', 120),
  usesModels: z.boolean({ message: 'Say whether the function will use the models' }),
});
export type TeamFunctionFields = z.infer<typeof TeamFunctionFields>;
export const TeamFunctionPatch = TeamFunctionFields.partial();
export type TeamFunction = TeamFunctionFields & { id: string; sortOrder: number };

export const MemberFields = z.object({
  name: Name('Name', 120),
  functionId: Uuid.nullable(),
  role: z.enum(TEAM_ROLES, { message: 'Choose sponsor, lead, member or advisor' }),
  contact: Text(200),
  availability: z
    .number({ message: 'Enter a whole number from 0 to 100' })
    .int('Enter a whole number from 0 to 100')
    .min(0, 'At least 0%')
    .max(100, 'At most 100%'),
  decisionRights: z.array(z.enum(DECISIONS)).refine((d) => new Set(d).size === d.length, { message: 'A decision right is listed twice' }),
});
export type MemberFields = z.infer<typeof MemberFields>;
export const MemberPatch = MemberFields.partial();
export type Member = MemberFields & { id: string; sortOrder: number };

const EscalationBase = z.object({
  issueKind: Name('Kind of issue', 200),
  /** Who takes it: a team member's name (kept in step with the member) or anyone typed, e.g. "IT service desk". */
  escalateTo: Text(200),
  /** The team member who takes it, when they are on the team; null for someone outside it. */
  escalateToMemberId: Uuid.nullable().default(null),
  withinHours: z
    .number({ message: 'Enter the number of hours' })
    .int('Enter whole hours')
    .min(1, 'At least 1 hour')
    .max(8_760, 'At most 8,760 hours (a year)'),
});
export const EscalationFields = EscalationBase.superRefine((level, ctx) => {
  if (level.escalateToMemberId === null && level.escalateTo.trim() === '') {
    ctx.addIssue({ code: 'custom', path: ['escalateTo'], message: 'Choose a team member, or type who takes it' });
  }
});
export type EscalationFields = z.infer<typeof EscalationFields>;
export const EscalationPatch = EscalationBase.partial();
export type EscalationLevel = EscalationFields & { id: string; sortOrder: number };

export interface RaciAssignment {
  id: string;
  memberId: string;
  item: RaciItem;
  role: RaciRole;
}

export function raciItemLabel(item: RaciItem, stepTitle: (key: StepKey) => string): string {
  return item.startsWith('decision:') ? `${DECISION_LABELS[item.slice('decision:'.length) as Decision]} decision` : stepTitle(item as StepKey);
}
