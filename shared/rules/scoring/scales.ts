/**
 * Scoring scales. Both scales reserve 0 for "no evidence", so an empty answer never scores well, even on a
 * cost-type criterion where a low value is otherwise good.
 */
export const SCALES = ['1-5', '0-10'] as const;
export type Scale = (typeof SCALES)[number];
export const DIRECTIONS = ['benefit', 'cost'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SCALE_MAX: Record<Scale, number> = { '1-5': 5, '0-10': 10 };

/** Every value an evaluator may give: 0 (no evidence) and 1..max. */
export function scaleValues(scale: Scale): number[] {
  return Array.from({ length: SCALE_MAX[scale] + 1 }, (_, i) => i);
}

export function isValidScore(scale: Scale, value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= SCALE_MAX[scale];
}

/**
 * A score on the 0..1 range the weighted sum works on. Benefit: v / max. Cost: the levels are inverted
 * (1 becomes max, max becomes 1) so that "cheap" scores high, but 0 (no evidence) stays 0.
 * Aggregated (mean/median) values may be fractional; the same formula applies.
 */
export function normaliseScore(value: number, scale: Scale, direction: Direction): number {
  const max = SCALE_MAX[scale];
  if (value <= 0) return 0;
  const v = Math.min(value, max);
  return direction === 'cost' ? (max + 1 - v) / max : v / max;
}

/** The standard descriptors offered when a criterion is created; the user rewrites them per criterion. */
export function defaultDescriptors(scale: Scale): string[] {
  if (scale === '1-5') {
    return ['No evidence', 'Poor: does not meet the need', 'Partial: meets part of the need', 'Adequate: meets the need', 'Good: meets the need with margin', 'Excellent: exceeds the need, proven'];
  }
  return Array.from({ length: 11 }, (_, i) =>
    i === 0 ? 'No evidence' : i <= 3 ? 'Weak' : i <= 5 ? 'Partial' : i <= 7 ? 'Adequate' : i <= 9 ? 'Strong' : 'Outstanding, proven',
  );
}

/** The spread above which evaluators should talk: SD > 1 on a 1-5 scale, in proportion on 0-10. */
export function disagreementThreshold(scale: Scale): number {
  return SCALE_MAX[scale] / 5;
}
