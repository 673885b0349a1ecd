import { aggregate, effectiveScores, standardDeviation, type Aggregation, type RoundChoice, type ScoreEntry } from './aggregate';
import { normaliseScore, type Direction, type Scale } from './scales';

export interface MatrixCriterion {
  id: string;
  scale: Scale;
  direction: Direction;
}

/**
 * The evaluators' scores folded once into flat vendor x criterion arrays (row = vendor). A weight change then
 * only needs these arrays: ranking and sensitivity are O(vendors x criteria), whatever the number of evaluators.
 */
export interface ScoreMatrix {
  vendorIds: string[];
  criterionIds: string[];
  /** Aggregated score normalised to 0..1 (cost criteria inverted); 0 where nobody scored. */
  x: Float64Array;
  /** Aggregated score on the criterion's own scale; NaN where nobody scored. */
  aggregated: Float64Array;
  /** Standard deviation of the evaluators' scores (on the criterion's scale). */
  sd: Float64Array;
  /** Number of evaluators who scored the cell. */
  count: Uint16Array;
}

export function buildScoreMatrix(
  vendorIds: readonly string[],
  criteria: readonly MatrixCriterion[],
  scores: readonly ScoreEntry[],
  aggregation: Aggregation,
  round: RoundChoice = 'latest',
): ScoreMatrix {
  const V = vendorIds.length;
  const C = criteria.length;
  const x = new Float64Array(V * C);
  const aggregated = new Float64Array(V * C).fill(Number.NaN);
  const sd = new Float64Array(V * C);
  const count = new Uint16Array(V * C);
  const values = effectiveScores(scores, round);
  for (let v = 0; v < V; v++) {
    const byCriterion = values.get(vendorIds[v] as string);
    if (!byCriterion) continue;
    for (let c = 0; c < C; c++) {
      const criterion = criteria[c] as MatrixCriterion;
      const list = byCriterion.get(criterion.id);
      if (!list || list.length === 0) continue;
      const i = v * C + c;
      const a = aggregate(list, aggregation);
      aggregated[i] = a;
      x[i] = normaliseScore(a, criterion.scale, criterion.direction);
      sd[i] = standardDeviation(list);
      count[i] = list.length;
    }
  }
  return { vendorIds: [...vendorIds], criterionIds: criteria.map((c) => c.id), x, aggregated, sd, count };
}

/** S_v = sum_i w_i x_vi for every vendor, weights in the matrix's criterion order. */
export function weightedTotals(matrix: ScoreMatrix, weights: ArrayLike<number>): Float64Array {
  const V = matrix.vendorIds.length;
  const C = matrix.criterionIds.length;
  const totals = new Float64Array(V);
  const { x } = matrix;
  for (let v = 0; v < V; v++) {
    let s = 0;
    const row = v * C;
    for (let c = 0; c < C; c++) s += (weights[c] as number) * (x[row + c] as number);
    totals[v] = s;
  }
  return totals;
}

/**
 * Vendor indices in rank order: vendors still in the running by total (highest first), then knocked-out vendors
 * by total. Ties keep the vendors' own order, so the ranking is stable.
 */
export function rankOrder(totals: ArrayLike<number>, knockedOut: ArrayLike<boolean>): number[] {
  const indices = Array.from({ length: totals.length }, (_, i) => i);
  return indices.sort((a, b) => {
    const outA = knockedOut[a] ? 1 : 0;
    const outB = knockedOut[b] ? 1 : 0;
    if (outA !== outB) return outA - outB;
    return (totals[b] as number) - (totals[a] as number) || a - b;
  });
}
