import { z } from 'zod';
import { Uuid } from '../../schemas/common';
import {
  CriterionFields, CriterionPatch, DecisionFields, EvaluatorFields, GroupFields, KnockoutInput, ScoreInput, SessionPatch,
  SettingsPatch, VendorFields,
  type Comparison, type Criterion, type CriterionGroup, type Decision, type EvaluationState, type Evaluator,
  type KnockoutRecord, type Score, type Vendor,
} from '../../schemas/vendors';
import type { Mutation } from '../contract';
import { Empty, method } from '../method';

/** Everything of step 3 in one read: the renderer computes results from it with shared/rules/scoring. */
export interface VendorEvaluation {
  vendors: Vendor[];
  groups: CriterionGroup[];
  criteria: Criterion[];
  evaluators: Evaluator[];
  scores: Score[];
  knockouts: KnockoutRecord[];
  comparisons: Comparison[];
  state: EvaluationState;
  decision: Decision;
  links: { criterionId: string; requirementId: string }[];
  /** Requirements of step 2 that criteria may link to; null while this project has no requirements table. */
  requirements: { id: string; title: string }[] | null;
  /** The deployment headcount for the cost of ownership: from the deployment waves when there are any. */
  headcount: { value: number; source: 'waves' | 'evaluation' };
  currency: string;
}

export interface LibraryCriterion {
  id: string;
  name: string;
  description: string;
  scale: '1-5' | '0-10';
  direction: 'benefit' | 'cost';
  mustHave: boolean;
  defaultWeight: number;
  source: string;
}
export interface CriteriaLibrary {
  title: string;
  note: string;
  groups: { id: string; name: string; description: string; criteria: LibraryCriterion[] }[];
}

export interface SheetFile {
  fileName: string;
  /** The XLSX bytes as base64, so the desktop and web transports carry it alike. */
  base64: string;
}

export interface SheetImport {
  evaluatorName: string;
  changed: number;
}

const Id = z.object({ id: Uuid }).strict();
const Move = z.object({ id: Uuid, direction: z.enum(['up', 'down']) }).strict();
/** About 20 MB of XLSX; anything larger is not a scoring sheet. */
const MAX_SHEET_BASE64 = 28_000_000;

export const vendorsMethods = {
  /**
   * The whole evaluation; with `scores: false` without the scores (an empty list), which `vendors.scores` reads
   * apart: on a large evaluation they are 60,000+ rows, and most edits (a weight, a name) leave them alone.
   */
  'vendors.get': method(z.object({ scores: z.boolean().optional() }).strict()).returns<VendorEvaluation>(),
  /** Every score of every round, as in `vendors.get`. */
  'vendors.scores': method(Empty).returns<Score[]>(),
  'vendors.library': method(Empty).returns<CriteriaLibrary>(),

  'vendors.createVendor': method(z.object({ fields: VendorFields }).strict()).returns<Mutation<Vendor>>(),
  'vendors.updateVendor': method(z.object({ id: Uuid, patch: VendorFields.partial() }).strict()).returns<Mutation<Vendor>>(),
  'vendors.deleteVendor': method(Id).returns<Mutation<null>>(),
  'vendors.moveVendor': method(Move).returns<Mutation<null>>(),

  'vendors.createGroup': method(z.object({ fields: GroupFields }).strict()).returns<Mutation<CriterionGroup>>(),
  'vendors.updateGroup': method(z.object({ id: Uuid, patch: GroupFields.partial() }).strict()).returns<Mutation<CriterionGroup>>(),
  'vendors.deleteGroup': method(Id).returns<Mutation<null>>(),
  'vendors.moveGroup': method(Move).returns<Mutation<null>>(),

  'vendors.createCriterion': method(z.object({ fields: CriterionFields }).strict()).returns<Mutation<Criterion>>(),
  'vendors.updateCriterion': method(z.object({ id: Uuid, patch: CriterionPatch }).strict()).returns<Mutation<Criterion>>(),
  'vendors.deleteCriterion': method(Id).returns<Mutation<null>>(),
  'vendors.moveCriterion': method(Move).returns<Mutation<null>>(),
  'vendors.addFromLibrary': method(z.object({ libraryIds: z.array(z.string().min(1).max(20)).min(1, 'Choose at least one criterion').max(200) }).strict()).returns<Mutation<number>>(),
  'vendors.linkRequirement': method(z.object({ criterionId: Uuid, requirementId: z.string().min(1).max(100) }).strict()).returns<Mutation<null>>(),
  'vendors.unlinkRequirement': method(z.object({ criterionId: Uuid, requirementId: z.string().min(1).max(100) }).strict()).returns<Mutation<null>>(),

  'vendors.createEvaluator': method(z.object({ fields: EvaluatorFields }).strict()).returns<Mutation<Evaluator>>(),
  'vendors.updateEvaluator': method(z.object({ id: Uuid, patch: EvaluatorFields.partial() }).strict()).returns<Mutation<Evaluator>>(),
  'vendors.deleteEvaluator': method(Id).returns<Mutation<null>>(),

  'vendors.setScore': method(ScoreInput.strict()).returns<Mutation<Score | null>>(),
  'vendors.setKnockout': method(KnockoutInput.strict()).returns<Mutation<null>>(),
  'vendors.setComparison': method(
    z.object({ groupAId: Uuid, groupBId: Uuid, evaluatorId: Uuid.nullable(), value: z.number().min(1 / 9 - 1e-9).max(9).nullable() }).strict(),
  ).returns<Mutation<null>>(),
  'vendors.updateSettings': method(z.object({ patch: SettingsPatch }).strict()).returns<Mutation<EvaluationState>>(),
  'vendors.updateSession': method(z.object({ patch: SessionPatch }).strict()).returns<Mutation<EvaluationState>>(),
  'vendors.recordDecision': method(z.object({ fields: DecisionFields }).strict()).returns<Mutation<Decision>>(),

  'vendors.exportSheet': method(z.object({ evaluatorId: Uuid }).strict()).returns<SheetFile>(),
  'vendors.importSheet': method(
    z.object({ base64: z.string().min(1, 'Choose a file').max(MAX_SHEET_BASE64, 'The file is too large for a scoring sheet (at most 20 MB)') }).strict(),
  ).returns<Mutation<SheetImport>>(),
} as const;
