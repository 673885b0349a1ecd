import type { Aggregation, RoundChoice, ScoreEntry } from './aggregate';
import { ahpWeights, pairwiseMatrix, type AhpResult, type Judgment } from './ahp';
import { disagreement, type CriterionDisagreement } from './disagreement';
import { knockoutStates, type KnockoutResult, type VendorKnockout } from './knockouts';
import { buildScoreMatrix, rankOrder, weightedTotals, type ScoreMatrix } from './matrix';
import type { Direction, Scale } from './scales';
import { sensitivity, type Sensitivity } from './sensitivity';
import { criterionWeights } from './weights';

export interface EvaluationInput {
  vendors: readonly { id: string; name: string }[];
  groups: readonly { id: string; name: string }[];
  criteria: readonly { id: string; groupId: string; scale: Scale; direction: Direction; mustHave: boolean; rawWeight: number }[];
  scores: readonly ScoreEntry[];
  knockouts: readonly KnockoutResult[];
  /** Pairwise judgments between groups (a over b); several per pair combine by geometric mean. */
  comparisons: readonly { groupAId: string; groupBId: string; value: number }[];
  aggregation: Aggregation;
  weightMethod: 'direct' | 'ahp';
  round?: RoundChoice;
}

/** The part that depends on scores: built once per change of scores, reused for every weight change. */
export interface PreparedEvaluation {
  input: EvaluationInput;
  matrix: ScoreMatrix;
  knockouts: Map<string, VendorKnockout>;
  knockedOut: boolean[];
  eligible: number[];
  ahp: AhpResult | null;
  disagreement: CriterionDisagreement[];
}

export function groupAhp(groups: EvaluationInput['groups'], comparisons: EvaluationInput['comparisons']): AhpResult {
  const index = new Map(groups.map((g, i) => [g.id, i]));
  const judgments: Judgment[] = [];
  for (const c of comparisons) {
    const i = index.get(c.groupAId);
    const j = index.get(c.groupBId);
    if (i !== undefined && j !== undefined) judgments.push({ i, j, value: c.value });
  }
  return ahpWeights(pairwiseMatrix(groups.length, judgments));
}

export function prepareEvaluation(input: EvaluationInput): PreparedEvaluation {
  const vendorIds = input.vendors.map((v) => v.id);
  const matrix = buildScoreMatrix(vendorIds, input.criteria, input.scores, input.aggregation, input.round ?? 'latest');
  const mustHave = input.criteria.filter((c) => c.mustHave).map((c) => c.id);
  const knockouts = knockoutStates(vendorIds, mustHave, input.knockouts);
  const knockedOut = vendorIds.map((id) => knockouts.get(id)?.state === 'out');
  const eligible = vendorIds.map((_, i) => i).filter((i) => !knockedOut[i]);
  const ahp = input.weightMethod === 'ahp' && input.groups.length > 1 ? groupAhp(input.groups, input.comparisons) : null;
  return { input, matrix, knockouts, knockedOut, eligible, ahp, disagreement: disagreement(matrix, input.criteria.map((c) => c.scale)) };
}

/** Final weights in the matrix's criterion order, from the criteria's raw weights and (AHP) the groups' weights. */
export function weightVector(prepared: PreparedEvaluation, criteria: EvaluationInput['criteria'] = prepared.input.criteria): Float64Array {
  const groupWeights = prepared.ahp ? new Map(prepared.input.groups.map((g, i) => [g.id, prepared.ahp?.weights[i] ?? 0])) : undefined;
  const weights = criterionWeights(criteria, prepared.ahp ? 'ahp' : 'direct', groupWeights);
  return Float64Array.from(prepared.matrix.criterionIds.map((id) => weights.get(id) ?? 0));
}

export interface VendorResult {
  vendorId: string;
  /** Weighted total on 0..100. */
  total: number;
  /** 1 = leader; null for a knocked-out vendor. */
  rank: number | null;
  knockout: VendorKnockout;
}

export interface Ranking {
  weights: Float64Array;
  results: VendorResult[];
  sensitivity: Sensitivity;
}

/** The O(vendors x criteria) part: totals, rank and sensitivity for one set of weights. */
export function rankWithWeights(prepared: PreparedEvaluation, weights: Float64Array): Ranking {
  const totals = weightedTotals(prepared.matrix, weights);
  const order = rankOrder(totals, prepared.knockedOut);
  let rank = 0;
  const results = order.map((v) => {
    const vendorId = prepared.matrix.vendorIds[v] as string;
    const knockout = prepared.knockouts.get(vendorId) as VendorKnockout;
    return { vendorId, total: (totals[v] as number) * 100, rank: prepared.knockedOut[v] ? null : ++rank, knockout };
  });
  return { weights, results, sensitivity: sensitivity(prepared.matrix, weights, totals, prepared.eligible) };
}

/** Per vendor and group: the weighted mean of the group's normalised scores, 0..100 (the radar chart's axes). */
export function groupProfiles(prepared: PreparedEvaluation, weights: Float64Array): Map<string, Map<string, number>> {
  const { matrix, input } = prepared;
  const C = matrix.criterionIds.length;
  const out = new Map<string, Map<string, number>>();
  matrix.vendorIds.forEach((vendorId, v) => {
    const sums = new Map<string, { s: number; w: number }>();
    input.criteria.forEach((criterion, c) => {
      const w = weights[c] as number;
      const acc = sums.get(criterion.groupId) ?? { s: 0, w: 0 };
      // Equal weight inside a group whose weights are all zero, so its profile still shows.
      acc.s += (w > 0 ? w : 1e-9) * (matrix.x[v * C + c] as number);
      acc.w += w > 0 ? w : 1e-9;
      sums.set(criterion.groupId, acc);
    });
    out.set(vendorId, new Map([...sums].map(([g, { s, w }]) => [g, w > 0 ? (100 * s) / w : 0])));
  });
  return out;
}

export function evaluate(input: EvaluationInput): PreparedEvaluation & Ranking {
  const prepared = prepareEvaluation(input);
  return { ...prepared, ...rankWithWeights(prepared, weightVector(prepared)) };
}
