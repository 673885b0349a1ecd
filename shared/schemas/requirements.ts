import { z } from 'zod';
import { Name, Text, Uuid } from './common';

export const PrincipleFields = z.object({
  statement: Name('Statement', 500),
  rationale: Text(2_000),
});
export type PrincipleFields = z.infer<typeof PrincipleFields>;
export const PrinciplePatch = PrincipleFields.partial();
export type Principle = PrincipleFields & { id: string; sortOrder: number };

/** Risk tiers after the EU AI Act (Regulation 2024/1689): prohibited practices, high-risk uses, transparency duties, minimal risk. */
export const RISK_TIERS = ['minimal', 'transparency', 'high_risk', 'prohibited'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];
export const RISK_TIER_LABELS: Record<RiskTier, string> = {
  minimal: 'Minimal',
  transparency: 'Transparency',
  high_risk: 'High-risk',
  prohibited: 'Prohibited',
};

export const USE_CASE_STATUSES = ['proposed', 'approved', 'parked', 'rejected'] as const;
export type UseCaseStatus = (typeof USE_CASE_STATUSES)[number];
export const USE_CASE_STATUS_LABELS: Record<UseCaseStatus, string> = { proposed: 'Proposed', approved: 'Approved', parked: 'Parked', rejected: 'Rejected' };

export const UseCaseFields = z.object({
  name: Name('Use case name', 200),
  functionId: Uuid.nullable(),
  description: Text(5_000),
  expectedValue: Text(2_000),
  riskTier: z.enum(RISK_TIERS, { message: 'Choose a risk tier' }),
  status: z.enum(USE_CASE_STATUSES, { message: 'Choose a status' }),
  decisionNote: Text(2_000),
});
export type UseCaseFields = z.infer<typeof UseCaseFields>;
export const UseCasePatch = UseCaseFields.partial();
export type UseCase = UseCaseFields & { id: string; sortOrder: number };

export const HORIZONS = ['immediate', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];
export const HORIZON_LABELS: Record<Horizon, string> = { immediate: 'Immediate', medium: 'Medium term', long: 'Long term' };

export const PRIORITIES = ['must', 'should', 'could', 'wont'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { must: 'Must', should: 'Should', could: 'Could', wont: "Won't" };

export const REQUIREMENT_TYPES = ['business', 'technical', 'security', 'compliance', 'training'] as const;
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];
export const REQUIREMENT_TYPE_LABELS: Record<RequirementType, string> = {
  business: 'Business',
  technical: 'Technical',
  security: 'Security',
  compliance: 'Compliance',
  training: 'Training',
};

export const REQUIREMENT_STATUSES = ['draft', 'agreed', 'in_progress', 'met', 'dropped'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];
export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  draft: 'Draft',
  agreed: 'Agreed',
  in_progress: 'In progress',
  met: 'Met',
  dropped: 'Dropped',
};

const distinctIds = (label: string) =>
  z.array(Uuid).max(200).refine((ids) => new Set(ids).size === ids.length, { message: `${label} lists an entry twice` });

export const RequirementFields = z.object({
  title: Name('Title', 200),
  description: Text(5_000),
  horizon: z.enum(HORIZONS, { message: 'Choose immediate, medium term or long term' }),
  priority: z.enum(PRIORITIES, { message: "Choose must, should, could or won't" }),
  requestingFunctionIds: distinctIds('Requesting functions'),
  type: z.enum(REQUIREMENT_TYPES, { message: 'Choose a type' }),
  acceptanceCriteria: Text(5_000),
  useCaseIds: distinctIds('Use cases'),
  milestoneTaskId: Uuid.nullable(),
  status: z.enum(REQUIREMENT_STATUSES, { message: 'Choose a status' }),
});
export type RequirementFields = z.infer<typeof RequirementFields>;
export const RequirementPatch = RequirementFields.partial();
/** `code` (REQ-001, ...) is given once at creation and never reused: vendor criteria and reports cite it. */
export type Requirement = RequirementFields & { id: string; code: string; sortOrder: number };

/** A milestone of the plan a requirement can be tied to. */
export interface MilestoneOption {
  id: string;
  name: string;
}
