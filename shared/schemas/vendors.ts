import { z } from 'zod';
import { IsoDate, Name, Text, Uuid } from './common';
import { DIRECTIONS, SCALES, SCALE_MAX } from '../rules/scoring/scales';
import { PRICING_MODELS } from '../rules/scoring/tco';
import { AGGREGATIONS } from '../rules/scoring/aggregate';

export const OFFERING_TYPES = ['general', 'focused', 'in_house'] as const;
export const OFFERING_LABELS: Record<(typeof OFFERING_TYPES)[number], string> = {
  general: 'One large general model',
  focused: 'Several smaller focused models',
  in_house: 'In-house model',
};

/** Money in integer minor units (cents); a person types 12.50, the form converts. */
const Minor = (label: string) =>
  z.number({ message: `${label} must be a number` }).int(`${label} must be a whole number of cents`).min(0, `${label} cannot be negative`).max(1e13, `${label} is too large`);

/** Only web addresses: a document link is opened by the user, never a script or a local file. */
export const DocumentLink = z.object({
  title: Name('Document title', 200),
  url: z
    .string()
    .trim()
    .max(2_000, 'At most 2,000 characters')
    .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), { message: 'Enter a web address starting with https:// or http://' }),
});
export type DocumentLink = z.infer<typeof DocumentLink>;

export const VendorFields = z.object({
  name: Name('Vendor name'),
  offeringType: z.enum(OFFERING_TYPES, { message: 'Choose the type of offering' }),
  description: Text(5_000),
  pricingModel: z.enum(PRICING_MODELS, { message: 'Choose a pricing model' }),
  seatPerMonth: Minor('Seat price'),
  usagePerUserMonth: Minor('Usage per user'),
  annualFixed: Minor('Annual fixed fees'),
  oneOff: Minor('One-off cost'),
  certifications: Text(2_000),
  vulnerabilities: Text(5_000),
  regulatoryNotes: Text(5_000),
  contact: Text(500),
  documents: z.array(DocumentLink).max(50, 'At most 50 documents'),
});
export type VendorFields = z.infer<typeof VendorFields>;
export const Vendor = VendorFields.extend({ id: Uuid, sortOrder: z.number().int() });
export type Vendor = z.infer<typeof Vendor>;

export const GroupFields = z.object({ name: Name('Group name'), description: Text(2_000) });
export type GroupFields = z.infer<typeof GroupFields>;
export const CriterionGroup = GroupFields.extend({ id: Uuid, sortOrder: z.number().int() });
export type CriterionGroup = z.infer<typeof CriterionGroup>;

const CriterionFieldsBase = z.object({
  groupId: Uuid,
  name: Name('Criterion name', 300),
  description: Text(2_000),
  scale: z.enum(SCALES, { message: 'Choose 1-5 or 0-10' }),
  descriptors: z.array(Text(300)),
  direction: z.enum(DIRECTIONS, { message: 'Choose benefit or cost' }),
  mustHave: z.boolean(),
  rawWeight: z.number({ message: 'Weight must be a number' }).min(0, 'Weight cannot be negative').max(100, 'Weight is at most 100'),
});

/** A descriptor for every level of the scale, 0 (no evidence) included. */
function descriptorsMatchScale(c: { scale: (typeof SCALES)[number]; descriptors: string[] }, ctx: z.RefinementCtx) {
  const expected = SCALE_MAX[c.scale] + 1;
  if (c.descriptors.length !== expected) {
    ctx.addIssue({ code: 'custom', path: ['descriptors'], message: `The ${c.scale} scale needs ${expected} level descriptors (0 to ${expected - 1})` });
  }
}

export const CriterionFields = CriterionFieldsBase.superRefine(descriptorsMatchScale);
export type CriterionFields = z.infer<typeof CriterionFields>;
export const CriterionPatch = CriterionFieldsBase.partial().refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });
export const Criterion = CriterionFieldsBase.extend({
  id: Uuid,
  libraryId: z.string().nullable(),
  source: z.string(),
  sortOrder: z.number().int(),
});
export type Criterion = z.infer<typeof Criterion>;

export const EvaluatorFields = z.object({
  name: Name('Evaluator name'),
  memberId: z.string().max(100).nullable(),
  anonymous: z.boolean(),
});
export type EvaluatorFields = z.infer<typeof EvaluatorFields>;
export const Evaluator = EvaluatorFields.extend({ id: Uuid, sortOrder: z.number().int() });
export type Evaluator = z.infer<typeof Evaluator>;

export const Round = z.union([z.literal(1), z.literal(2)], { message: 'Round is 1 or 2' });

export const ScoreInput = z.object({
  evaluatorId: Uuid,
  vendorId: Uuid,
  criterionId: Uuid,
  round: Round,
  /** null clears the score. The criterion's scale is checked by the backend. */
  value: z.number().int('A score is a whole number').min(0, 'Scores start at 0 (no evidence)').max(10, 'Scores end at 10').nullable(),
  rationale: Text(300).optional(),
});
export type ScoreInput = z.infer<typeof ScoreInput>;
export interface Score {
  id: string;
  evaluatorId: string;
  vendorId: string;
  criterionId: string;
  round: 1 | 2;
  value: number;
  rationale: string;
}

export const KnockoutInput = z.object({
  vendorId: Uuid,
  criterionId: Uuid,
  status: z.enum(['pass', 'fail']).nullable(),
  note: Text(1_000).optional(),
});
export interface KnockoutRecord {
  id: string;
  vendorId: string;
  criterionId: string;
  status: 'pass' | 'fail';
  note: string;
}

export interface Comparison {
  id: string;
  groupAId: string;
  groupBId: string;
  evaluatorId: string | null;
  value: number;
}

export const SettingsPatch = z
  .object({
    aggregation: z.enum(AGGREGATIONS),
    weightMethod: z.enum(['direct', 'ahp']),
    headcount: z.number().int('Headcount is a whole number').min(0, 'Headcount cannot be negative').max(10_000_000, 'Headcount is too large'),
    timerSeconds: z.number().int().min(10, 'At least 10 seconds').max(3_600, 'At most an hour'),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });

export const SessionPatch = z
  .object({
    currentCriterionId: Uuid.nullable(),
    revealed: z.boolean(),
    round: Round,
    timerStartedAt: z.iso.datetime({ message: 'A timestamp' }).nullable(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });

export interface EvaluationState {
  aggregation: 'mean' | 'median';
  weightMethod: 'direct' | 'ahp';
  headcount: number;
  timerSeconds: number;
  currentCriterionId: string | null;
  revealed: boolean;
  round: 1 | 2;
  timerStartedAt: string | null;
}

export const DecisionFields = z.object({
  chosenVendorId: Uuid,
  rationale: Name('Rationale', 5_000),
  dissent: Text(5_000),
  decidedBy: Name('Who decided', 500),
  decidedOn: IsoDate,
});
export type DecisionFields = z.infer<typeof DecisionFields>;
export interface Decision {
  chosenVendorId: string | null;
  rationale: string;
  dissent: string;
  decidedBy: string;
  decidedOn: string | null;
}
