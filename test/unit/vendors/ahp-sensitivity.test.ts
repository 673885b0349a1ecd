import { describe, expect, it } from 'vitest';
import { ahpWeights, geometricMean, pairwiseMatrix } from '../../../shared/rules/scoring/ahp';
import { buildScoreMatrix, weightedTotals } from '../../../shared/rules/scoring/matrix';
import { sensitivity } from '../../../shared/rules/scoring/sensitivity';
import { evaluate } from '../../../shared/rules/scoring/evaluate';

describe('AHP', () => {
  it('reproduces the textbook 3x3 example: weights 0.637 / 0.258 / 0.105, lambda_max 3.039, CR 0.033', () => {
    // A is moderately more important than B (3) and strongly more than C (5); B moderately more than C (3).
    const result = ahpWeights(pairwiseMatrix(3, [{ i: 0, j: 1, value: 3 }, { i: 0, j: 2, value: 5 }, { i: 1, j: 2, value: 3 }]));
    expect(result.weights[0]).toBeCloseTo(0.6370, 3);
    expect(result.weights[1]).toBeCloseTo(0.2583, 3);
    expect(result.weights[2]).toBeCloseTo(0.1047, 3);
    expect(result.lambdaMax).toBeCloseTo(3.0385, 3);
    expect(result.ci).toBeCloseTo(0.0193, 3);
    expect(result.cr).toBeCloseTo(0.0332, 3);
    expect(result.consistent).toBe(true);
  });

  it('returns the exact weights and CR 0 for a perfectly consistent matrix', () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const judgments = [];
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) judgments.push({ i, j, value: (w[i] as number) / (w[j] as number) });
    const result = ahpWeights(pairwiseMatrix(4, judgments));
    result.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i] as number, 9));
    expect(result.lambdaMax).toBeCloseTo(4, 9);
    expect(result.cr).toBeCloseTo(0, 9);
  });

  it('flags an inconsistent matrix (A > B > C but C > A) with CR above 0.10', () => {
    const result = ahpWeights(pairwiseMatrix(3, [{ i: 0, j: 1, value: 5 }, { i: 1, j: 2, value: 5 }, { i: 0, j: 2, value: 1 / 5 }]));
    expect(result.cr).toBeGreaterThan(0.1);
    expect(result.consistent).toBe(false);
  });

  it('combines group judgments by geometric mean and keeps reciprocity', () => {
    expect(geometricMean([2, 8])).toBeCloseTo(4);
    const m = pairwiseMatrix(2, [{ i: 0, j: 1, value: 2 }, { i: 0, j: 1, value: 8 }, { i: 1, j: 0, value: 1 / 4 }]);
    // (2 * 8 * 4)^(1/3) = 4
    expect(m[0]?.[1]).toBeCloseTo(4);
    expect(m[1]?.[0]).toBeCloseTo(0.25);
  });
});

describe('sensitivity', () => {
  const criteria = [
    { id: 'k1', scale: '1-5' as const, direction: 'benefit' as const },
    { id: 'k2', scale: '1-5' as const, direction: 'benefit' as const },
  ];
  // A: 5 on k1, 1 on k2. B: 1 on k1, 5 on k2. Normalised: A = (1, 0.2), B = (0.2, 1).
  const scores = [
    { evaluatorId: 'e', vendorId: 'A', criterionId: 'k1', round: 1 as const, value: 5 },
    { evaluatorId: 'e', vendorId: 'A', criterionId: 'k2', round: 1 as const, value: 1 },
    { evaluatorId: 'e', vendorId: 'B', criterionId: 'k1', round: 1 as const, value: 1 },
    { evaluatorId: 'e', vendorId: 'B', criterionId: 'k2', round: 1 as const, value: 5 },
  ];

  it('finds the weight w* at which the leader and the challenger tie, by the closed form', () => {
    const matrix = buildScoreMatrix(['A', 'B'], criteria, scores, 'mean');
    const weights = [0.7, 0.3];
    const totals = weightedTotals(matrix, weights);
    expect(totals[0]).toBeCloseTo(0.76);
    const result = sensitivity(matrix, weights, totals, [0, 1]);
    expect(result.leaderId).toBe('A');
    // Symmetric vendors tie at equal weights: w*(k1) = 0.5, a change of -0.2; same for k2 (+0.2).
    expect(result.criteria[0]?.flipWeight).toBeCloseTo(0.5);
    expect(result.criteria[0]?.change).toBeCloseTo(-0.2);
    expect(result.criteria[1]?.flipWeight).toBeCloseTo(0.5);
    expect(result.mostCritical?.challengerId).toBe('B');
    // Check the tie directly: at w* the totals are equal.
    const at = sensitivity(matrix, [0.5, 0.5], weightedTotals(matrix, [0.5, 0.5]), [0, 1]);
    expect(at.criteria[0]?.change).toBeCloseTo(0);
  });

  it('reports no flip when the leader wins on every criterion', () => {
    const dominated = scores.map((s) => (s.vendorId === 'B' ? { ...s, value: 1 } : { ...s, value: 5 }));
    const matrix = buildScoreMatrix(['A', 'B'], criteria, dominated, 'mean');
    const result = sensitivity(matrix, [0.5, 0.5], weightedTotals(matrix, [0.5, 0.5]), [0, 1]);
    expect(result.criteria.every((c) => c.flipWeight === null)).toBe(true);
    expect(result.mostCritical).toBeNull();
  });

  it('ranks knocked-out vendors last and never lets them lead', () => {
    const result = evaluate({
      vendors: [{ id: 'A', name: 'A' }, { id: 'B', name: 'B' }],
      groups: [{ id: 'g', name: 'G' }],
      criteria: [{ id: 'k1', groupId: 'g', scale: '1-5', direction: 'benefit', mustHave: true, rawWeight: 7 }, { id: 'k2', groupId: 'g', scale: '1-5', direction: 'benefit', mustHave: false, rawWeight: 3 }],
      scores,
      knockouts: [{ vendorId: 'A', criterionId: 'k1', status: 'fail' }, { vendorId: 'B', criterionId: 'k1', status: 'pass' }],
      comparisons: [],
      aggregation: 'mean',
      weightMethod: 'direct',
    });
    expect(result.results.map((r) => [r.vendorId, r.rank])).toEqual([['B', 1], ['A', null]]);
    expect(result.results[1]?.total).toBeCloseTo(76);
    expect(result.sensitivity.leaderId).toBe('B');
  });
});
