/**
 * Analytic Hierarchy Process: weights from pairwise comparisons on Saaty's 1-9 scale.
 * Judgment a_ij says how much more important i is than j; a_ji = 1 / a_ij.
 */

/** Saaty's random consistency index by matrix size (1 and 2 are always consistent). */
export const RANDOM_INDEX: Readonly<Record<number, number>> = {
  1: 0, 2: 0, 3: 0.58, 4: 0.9, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49,
};
export const MAX_AHP_SIZE = 10;
export const CR_LIMIT = 0.1;

/** The nine intensities and their reciprocals, as the editor offers them. */
export const SAATY_VALUES = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export function isSaatyValue(value: number): boolean {
  return SAATY_VALUES.some((s) => Math.abs(s - value) < 1e-9);
}

export interface Judgment {
  /** Index of the row item. */
  i: number;
  /** Index of the column item. */
  j: number;
  value: number;
}

/** Group judgments combine by geometric mean (the only mean that keeps a_ji = 1 / a_ij). */
export function geometricMean(values: readonly number[]): number {
  if (values.length === 0) return 1;
  let logSum = 0;
  for (const v of values) logSum += Math.log(v);
  return Math.exp(logSum / values.length);
}

/** A full reciprocal matrix; pairs nobody judged count as equal importance (1). */
export function pairwiseMatrix(n: number, judgments: readonly Judgment[]): number[][] {
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : Number.NaN)));
  const collected = new Map<string, number[]>();
  for (const { i, j, value } of judgments) {
    if (i === j || i < 0 || j < 0 || i >= n || j >= n || !(value > 0)) continue;
    const [r, c, v] = i < j ? [i, j, value] : [j, i, 1 / value];
    const key = `${r}|${c}`;
    collected.set(key, [...(collected.get(key) ?? []), v]);
  }
  for (let r = 0; r < n; r++) {
    for (let c = r + 1; c < n; c++) {
      const list = collected.get(`${r}|${c}`);
      const v = list ? geometricMean(list) : 1;
      (a[r] as number[])[c] = v;
      (a[c] as number[])[r] = 1 / v;
    }
  }
  return a;
}

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  /** null when the size has no random index (more than ten items). */
  cr: number | null;
  consistent: boolean;
  iterations: number;
}

/** Principal eigenvector by power iteration (normalised to sum 1), then lambda_max, CI and CR. */
export function ahpWeights(matrix: readonly (readonly number[])[]): AhpResult {
  const n = matrix.length;
  if (n === 0) return { weights: [], lambdaMax: 0, ci: 0, cr: 0, consistent: true, iterations: 0 };
  let w = new Array<number>(n).fill(1 / n);
  let iterations = 0;
  for (; iterations < 1_000; iterations++) {
    const next = multiply(matrix, w);
    const sum = next.reduce((s, v) => s + v, 0);
    const normalised = next.map((v) => v / sum);
    const delta = Math.max(...normalised.map((v, i) => Math.abs(v - (w[i] as number))));
    w = normalised;
    if (delta < 1e-13) break;
  }
  const aw = multiply(matrix, w);
  const lambdaMax = aw.reduce((s, v, i) => s + v / (w[i] as number), 0) / n;
  const ci = n > 2 ? (lambdaMax - n) / (n - 1) : 0;
  const ri = RANDOM_INDEX[n];
  const cr = ri === undefined ? null : ri === 0 ? 0 : ci / ri;
  return { weights: w, lambdaMax, ci, cr, consistent: cr !== null && cr <= CR_LIMIT, iterations };
}

function multiply(matrix: readonly (readonly number[])[], v: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((s, a, j) => s + a * (v[j] as number), 0));
}

/** Saaty's words for the intensities, for the editor and the XLSX sheet. */
export function describeIntensity(value: number): string {
  const strength = value >= 1 ? value : 1 / value;
  const rounded = Math.round(strength);
  const words: Record<number, string> = { 1: 'equally important', 3: 'moderately more important', 5: 'strongly more important', 7: 'very strongly more important', 9: 'extremely more important' };
  return words[rounded] ?? (rounded % 2 === 0 ? 'between two intensities' : '');
}
