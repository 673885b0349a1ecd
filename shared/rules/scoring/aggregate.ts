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
  const chosen = new Map<string, ScoreEntry>();
  for (const s of scores) {
    if (round !== 'latest' && s.round !== round) continue;
    const key = `${s.evaluatorId}|${s.vendorId}|${s.criterionId}`;
    const current = chosen.get(key);
    if (!current || s.round > current.round) chosen.set(key, s);
  }
  // vendor -> criterion -> values
  const out = new Map<string, Map<string, number[]>>();
  for (const s of chosen.values()) {
    let byCriterion = out.get(s.vendorId);
    if (!byCriterion) out.set(s.vendorId, (byCriterion = new Map()));
    const list = byCriterion.get(s.criterionId);
    if (list) list.push(s.value);
    else byCriterion.set(s.criterionId, [s.value]);
  }
  return out;
}
