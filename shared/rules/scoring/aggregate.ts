export const AGGREGATIONS = ['mean', 'median'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Population standard deviation: the evaluators in the room are the whole population whose spread we discuss,
 * not a sample of a larger one. One score has no spread (0).
 */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let sq = 0;
  for (const v of values) sq += (v - m) * (v - m);
  return Math.sqrt(sq / values.length);
}

export function aggregate(values: readonly number[], method: Aggregation): number {
  return method === 'median' ? median(values) : mean(values);
}

export interface ScoreEntry {
  evaluatorId: string;
  vendorId: string;
  criterionId: string;
  round: 1 | 2;
  value: number;
}

export type RoundChoice = 1 | 2 | 'latest';

/**
 * The one score per evaluator, vendor and criterion that counts: round 1, round 2, or each evaluator's latest
 * (round 2 where they revised, else their round-1 score). Both rounds stay stored; this only chooses.
 */
export function effectiveScores(scores: readonly ScoreEntry[], round: RoundChoice): Map<string, Map<string, number[]>> {
  // vendor -> criterion -> values, in the order each evaluator first scored the cell; `at` tells, per cell, where
  // each evaluator's value sits in the list and from which round it is. One pass without composite keys: a large
  // evaluation has 100,000+ scores.
  type Cell = { values: number[]; at: Map<string, { index: number; round: number }> };
  const cells = new Map<string, Map<string, Cell>>();
  for (const s of scores) {
    if (round !== 'latest' && s.round !== round) continue;
    let byCriterion = cells.get(s.vendorId);
    if (!byCriterion) cells.set(s.vendorId, (byCriterion = new Map()));
    let cell = byCriterion.get(s.criterionId);
    if (!cell) byCriterion.set(s.criterionId, (cell = { values: [], at: new Map() }));
    const current = cell.at.get(s.evaluatorId);
    if (!current) {
      cell.at.set(s.evaluatorId, { index: cell.values.length, round: s.round });
      cell.values.push(s.value);
    } else if (s.round > current.round) {
      current.round = s.round;
      cell.values[current.index] = s.value;
    }
  }
  const out = new Map<string, Map<string, number[]>>();
  for (const [vendorId, byCriterion] of cells) out.set(vendorId, new Map([...byCriterion].map(([criterionId, cell]) => [criterionId, cell.values])));
  return out;
}
