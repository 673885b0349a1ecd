import type { ScoreMatrix } from './matrix';
import { disagreementThreshold, type Scale } from './scales';

export interface CellSpread {
  vendorId: string;
  sd: number;
}

export interface CriterionDisagreement {
  criterionId: string;
  /** The largest spread over the vendors, on the criterion's scale. */
  maxSd: number;
  /** The vendor where the evaluators disagree most. */
  vendorId: string | null;
  /** The spread relative to the scale's threshold (1 = at the threshold), used to order 1-5 and 0-10 criteria together. */
  relative: number;
  flagged: boolean;
  cells: CellSpread[];
}

/** Disagreement per criterion, most disputed first: the agenda of the discussion between rounds. */
export function disagreement(matrix: ScoreMatrix, scales: readonly Scale[]): CriterionDisagreement[] {
  const C = matrix.criterionIds.length;
  const V = matrix.vendorIds.length;
  const out: CriterionDisagreement[] = [];
  for (let c = 0; c < C; c++) {
    const threshold = disagreementThreshold(scales[c] ?? '1-5');
    let maxSd = 0;
    let vendorId: string | null = null;
    const cells: CellSpread[] = [];
    for (let v = 0; v < V; v++) {
      const i = v * C + c;
      if ((matrix.count[i] as number) < 2) continue;
      const sd = matrix.sd[i] as number;
      cells.push({ vendorId: matrix.vendorIds[v] as string, sd });
      if (sd > maxSd) {
        maxSd = sd;
        vendorId = matrix.vendorIds[v] as string;
      }
    }
    cells.sort((a, b) => b.sd - a.sd);
    out.push({ criterionId: matrix.criterionIds[c] as string, maxSd, vendorId, relative: maxSd / threshold, flagged: maxSd > threshold, cells });
  }
  return out.sort((a, b) => b.relative - a.relative);
}
