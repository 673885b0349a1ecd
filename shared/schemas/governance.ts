import { z } from 'zod';
import { IsoDate, Name, Text } from './common';
import { SEVERITIES } from './pilot';

/** Step 10 and the governance practices: risks, controls, policies, charter, incident response, contingency, compliance. */

const Scale = (label: string) =>
  z.number({ message: `${label} must be a number from 1 to 5` }).int(`${label} must be a whole number`).min(1, `${label} is at least 1`).max(5, `${label} is at most 5`);

export const TREATMENTS = ['mitigate', 'transfer', 'avoid', 'accept'] as const;
export const TREATMENT_LABELS: Record<(typeof TREATMENTS)[number], string> = { mitigate: 'Mitigate', transfer: 'Transfer', avoid: 'Avoid', accept: 'Accept' };

export const RISK_STATUSES = ['open', 'monitoring', 'closed'] as const;
export const RISK_STATUS_LABELS: Record<(typeof RISK_STATUSES)[number], string> = { open: 'Open', monitoring: 'Monitoring', closed: 'Closed' };

export const RiskFields = z.object({
  title: Name('Risk', 300),
  /** An id of resources/catalogues/risks.json (own:…, GAI-…, LLM…). */
  category: z.string().trim().min(1, 'Choose a category').max(40),
  cause: Text(2_000),
  likelihood: Scale('Likelihood'),
  impact: Scale('Impact'),
  owner: Text(200),
  treatment: z.enum(TREATMENTS, { message: 'Choose a treatment' }),
  residualLikelihood: Scale('Residual likelihood').nullable(),
  residualImpact: Scale('Residual impact').nullable(),
  reviewDate: IsoDate.nullable(),
  status: z.enum(RISK_STATUSES, { message: 'Choose a status' }),
});
export type Risk = z.infer<typeof RiskFields> & { id: string; sortOrder: number };

/** Residual risk is documented as a pair; one half alone means nothing. */
export function residualAsPair(value: { residualLikelihood?: number | null; residualImpact?: number | null }, ctx: z.RefinementCtx) {
  const l = value.residualLikelihood ?? null;
  const i = value.residualImpact ?? null;
  if (l === null && i !== null) ctx.addIssue({ code: 'custom', path: ['residualLikelihood'], message: 'Give the residual likelihood with the residual impact' });
  if (i === null && l !== null) ctx.addIssue({ code: 'custom', path: ['residualImpact'], message: 'Give the residual impact with the residual likelihood' });
}

export const CONTROL_TYPES = [
  'rate_limit', 'content_filter', 'contextual_constraint', 'human_review', 'access_control', 'monitoring', 'data_loss_prevention', 'logging', 'red_team', 'other',
] as const;
export const CONTROL_TYPE_LABELS: Record<(typeof CONTROL_TYPES)[number], string> = {
  rate_limit: 'Rate limit',
  content_filter: 'Content filter',
  contextual_constraint: 'Contextual constraint',
  human_review: 'Human-in-the-loop review',
  access_control: 'Access control',
  monitoring: 'Monitoring and alerting',
  data_loss_prevention: 'Data loss prevention',
  logging: 'Audit logging',
  red_team: 'Adversarial testing',
  other: 'Other',
};
export const TEST_RESULTS = ['not_tested', 'passed', 'partial', 'failed'] as const;
export const TEST_RESULT_LABELS: Record<(typeof TEST_RESULTS)[number], string> = { not_tested: 'Not tested', passed: 'Passed', partial: 'Partly effective', failed: 'Failed' };

export const ControlFields = z.object({
  name: Name('Control', 300),
  type: z.enum(CONTROL_TYPES, { message: 'Choose a type' }),
  description: Text(2_000),
  owner: Text(200),
  lastTested: IsoDate.nullable(),
  result: z.enum(TEST_RESULTS, { message: 'Choose a result' }),
});
export type Control = z.infer<typeof ControlFields> & { id: string; sortOrder: number };

export function testedWhenResult(value: { lastTested?: string | null; result?: string }, ctx: z.RefinementCtx) {
  if (value.result && value.result !== 'not_tested' && !value.lastTested) {
    ctx.addIssue({ code: 'custom', path: ['lastTested'], message: 'Give the date of the test that produced this result' });
  }
}

export const LinkControlInput = z.object({ riskId: z.uuid(), controlId: z.uuid(), linked: z.boolean() }).strict();

export const POLICY_TYPES = ['data_handling', 'acceptable_use', 'model_training', 'evaluation', 'deployment', 'consent', 'transparency', 'redress', 'other'] as const;
export const POLICY_TYPE_LABELS: Record<(typeof POLICY_TYPES)[number], string> = {
  data_handling: 'Data handling',
  acceptable_use: 'Acceptable use',
  model_training: 'Model training',
  evaluation: 'Evaluation',
  deployment: 'Deployment',
  consent: 'User consent',
  transparency: 'Transparency',
  redress: 'Redress',
  other: 'Other',
};
export const POLICY_STATUSES = ['draft', 'in_review', 'approved', 'retired'] as const;
export const POLICY_STATUS_LABELS: Record<(typeof POLICY_STATUSES)[number], string> = { draft: 'Draft', in_review: 'In review', approved: 'Approved', retired: 'Retired' };

export const PolicyFields = z.object({
  title: Name('Policy', 300),
  type: z.enum(POLICY_TYPES, { message: 'Choose a type' }),
  owner: Text(200),
  status: z.enum(POLICY_STATUSES, { message: 'Choose a status' }),
  reviewDate: IsoDate.nullable(),
});
export type Policy = z.infer<typeof PolicyFields> & { id: string; sortOrder: number };

export const CharterPatch = z
  .object({ purpose: Text(8_000), boundaries: Text(8_000), successCriteria: Text(8_000) })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });
export interface Charter {
  purpose: string;
  boundaries: string;
  successCriteria: string;
}

export const REVIEWER_ROLES = ['product', 'legal', 'security', 'governance', 'privacy', 'other'] as const;
export const REVIEWER_ROLE_LABELS: Record<(typeof REVIEWER_ROLES)[number], string> = {
  product: 'Product', legal: 'Legal', security: 'Security', governance: 'Governance', privacy: 'Privacy', other: 'Other',
};
export const CharterReviewerFields = z.object({
  role: z.enum(REVIEWER_ROLES, { message: 'Choose a role' }),
  name: Name('Reviewer'),
  memberId: z.string().max(100).nullable(),
  signedOn: IsoDate.nullable(),
});
export type CharterReviewer = z.infer<typeof CharterReviewerFields> & { id: string; sortOrder: number };

export const SeverityLevelFields = z.object({
  level: z.enum(SEVERITIES, { message: 'Choose a level' }),
  definition: Name('Definition', 1_000),
  responseTime: Text(200),
  escalation: Text(1_000),
});
export type SeverityLevel = z.infer<typeof SeverityLevelFields> & { id: string; sortOrder: number };

export const RunbookFields = z.object({
  title: Name('Runbook', 300),
  scenario: Text(2_000),
  owner: Text(200),
  location: Text(500),
  lastReviewed: IsoDate.nullable(),
});
export type Runbook = z.infer<typeof RunbookFields> & { id: string; sortOrder: number };

export const DrillFields = z.object({
  title: Name('Drill', 300),
  scenario: Text(2_000),
  plannedOn: IsoDate,
  heldOn: IsoDate.nullable(),
  lessons: Text(4_000),
});
export type Drill = z.infer<typeof DrillFields> & { id: string; sortOrder: number };

export const INCIDENT_STATUSES = ['open', 'contained', 'resolved', 'closed'] as const;
export const INCIDENT_STATUS_LABELS: Record<(typeof INCIDENT_STATUSES)[number], string> = { open: 'Open', contained: 'Contained', resolved: 'Resolved', closed: 'Closed after review' };

export const IncidentFields = z.object({
  title: Name('Incident', 300),
  occurredOn: IsoDate,
  severity: z.enum(SEVERITIES, { message: 'Choose a severity' }),
  description: Text(4_000),
  containment: Text(4_000),
  investigation: Text(4_000),
  remediation: Text(4_000),
  postIncidentReview: Text(4_000),
  status: z.enum(INCIDENT_STATUSES, { message: 'Choose a status' }),
});
export type Incident = z.infer<typeof IncidentFields> & { id: string; sortOrder: number };

export function reviewBeforeClosing(value: { status?: string; postIncidentReview?: string }, ctx: z.RefinementCtx) {
  if (value.status === 'closed' && !value.postIncidentReview?.trim()) {
    ctx.addIssue({ code: 'custom', path: ['postIncidentReview'], message: 'An incident is closed only after its post-incident review' });
  }
}

export const ContingencyPlanFields = z.object({
  trigger: Name('Trigger', 1_000),
  response: Name('Response', 4_000),
  owner: Text(200),
});
export type ContingencyPlan = z.infer<typeof ContingencyPlanFields> & { id: string; sortOrder: number };

export const FRAMEWORKS = ['nist_ai_rmf', 'eu_ai_act'] as const;
export type Framework = (typeof FRAMEWORKS)[number];
export const FRAMEWORK_LABELS: Record<Framework, string> = { nist_ai_rmf: 'NIST AI RMF 1.0', eu_ai_act: 'EU AI Act: deployer duties' };
export const APPLIES = ['yes', 'no', 'unsure'] as const;
export const APPLIES_LABELS: Record<(typeof APPLIES)[number], string> = { yes: 'Applies', no: 'Does not apply', unsure: 'To be confirmed' };
export const COMPLIANCE_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export const COMPLIANCE_STATUS_LABELS: Record<(typeof COMPLIANCE_STATUSES)[number], string> = { not_started: 'Not started', in_progress: 'In progress', done: 'Done' };

export const ComplianceItemFields = z.object({
  framework: z.enum(FRAMEWORKS, { message: 'Choose a framework' }),
  ref: z.string().trim().max(40),
  title: Name('Item', 500),
  applies: z.enum(APPLIES, { message: 'Say whether it applies' }),
  status: z.enum(COMPLIANCE_STATUSES, { message: 'Choose a status' }),
  evidence: Text(4_000),
});
export type ComplianceItem = z.infer<typeof ComplianceItemFields> & { id: string; sortOrder: number };

export function evidenceWhenDone(value: { status?: string; evidence?: string }, ctx: z.RefinementCtx) {
  if (value.status === 'done' && !value.evidence?.trim()) ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'Point to the evidence before marking it done' });
}
