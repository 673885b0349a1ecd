import type { ScoreMatrix } from './matrix';

export interface CriterionSensitivity {
  criterionId: string;
  weight: number;
  /** The weight at which the challenger ties the leader (w*), or null if no weight in [0, 1] flips the lead. */
  flipWeight: number | null;
  challengerId: string | null;
  /** w* - w_k: how far this criterion's weight must move (others rescaled in proportion) to flip the leader. */
  change: number | null;
}

export interface Sensitivity {
  leaderId: string | null;
  criteria: CriterionSensitivity[];
  /** The criterion whose smallest weight change flips the leader; null when no change of one weight can. */
  mostCritical: CriterionSensitivity | null;
}

const EPSILON = 1e-12;

/**
 * One-at-a-time weight sensitivity of the weighted sum, other weights rescaled in proportion. With
 * R_x = (S_x - w_k x_k) / (1 - w_k), S_x(w') = w' x_k + (1 - w') R_x, and leader A ties challenger B at
 * w* = (R_A - R_B) / ((R_A - R_B) - (a_k - b_k)); a flip exists when 0 <= w* <= 1.
 * `eligible` are the vendor indices still in the running (knocked-out vendors cannot take the lead).
 * O(vendors x criteria).
 */
export function sensitivity(matrix: ScoreMatrix, weights: ArrayLike<number>, totals: ArrayLike<number>, eligible: readonly number[]): Sensitivity {
  const C = matrix.criterionIds.length;
  let leader = -1;
  for (const v of eligible) if (leader < 0 || (totals[v] as number) > (totals[leader] as number)) leader = v;
  if (leader < 0) return { leaderId: null, criteria: [], mostCritical: null };
  const { x } = matrix;
  const SA = totals[leader] as number;
  const out: CriterionSensitivity[] = [];
  let mostCritical: CriterionSensitivity | null = null;
  for (let k = 0; k < C; k++) {
    const wk = weights[k] as number;
    const entry: CriterionSensitivity = { criterionId: matrix.criterionIds[k] as string, weight: wk, flipWeight: null, challengerId: null, change: null };
    // A criterion holding all the weight has no "other" weights to rescale: R is undefined.
    if (1 - wk > EPSILON) {
      const ak = x[leader * C + k] as number;
      const RA = (SA - wk * ak) / (1 - wk);
      let best = Number.POSITIVE_INFINITY;
      for (const b of eligible) {
        if (b === leader) continue;
        const bk = x[b * C + k] as number;
        const RB = ((totals[b] as number) - wk * bk) / (1 - wk);
        const dR = RA - RB;
        const denominator = dR - (ak - bk);
        if (Math.abs(denominator) < EPSILON) continue;
        const wStar = dR / denominator;
        if (wStar < 0 || wStar > 1) continue;
        const distance = Math.abs(wStar - wk);
        if (distance < best) {
          best = distance;
          entry.flipWeight = wStar;
          entry.challengerId = matrix.vendorIds[b] as string;
          entry.change = wStar - wk;
        }
      }
    }
    out.push(entry);
    if (entry.change !== null && (mostCritical === null || Math.abs(entry.change) < Math.abs(mostCritical.change as number))) mostCritical = entry;
  }
  return { leaderId: matrix.vendorIds[leader] as string, criteria: out, mostCritical };
}
