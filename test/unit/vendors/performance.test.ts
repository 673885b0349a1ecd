import { describe, expect, it } from 'vitest';
import { disagreement } from '../../../shared/rules/scoring/disagreement';
import { buildScoreMatrix } from '../../../shared/rules/scoring/matrix';
import { prepareEvaluation, rankWithWeights, weightVector, type EvaluationInput } from '../../../shared/rules/scoring/evaluate';

/** A deterministic pseudo-random source, so the figures are reproducible. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1_664_525 + 1_013_904_223) % 4_294_967_296) / 4_294_967_296;
}

function bigInput(V: number, C: number, E: number): EvaluationInput {
  const random = lcg(42);
  const vendors = Array.from({ length: V }, (_, i) => ({ id: `v${i}`, name: `Vendor ${i}` }));
  const groups = Array.from({ length: 9 }, (_, i) => ({ id: `g${i}`, name: `Group ${i}` }));
  const criteria = Array.from({ length: C }, (_, i) => ({
    id: `c${i}`, groupId: `g${i % 9}`, scale: (i % 4 === 0 ? '0-10' : '1-5') as '0-10' | '1-5', direction: (i % 7 === 0 ? 'cost' : 'benefit') as 'cost' | 'benefit',
    mustHave: i < 3, rawWeight: 1 + Math.floor(random() * 5),
  }));
  const scores = [];
  for (const v of vendors) for (const c of criteria) for (let e = 0; e < E; e++) for (const round of [1, 2] as const) {
    scores.push({ evaluatorId: `e${e}`, vendorId: v.id, criterionId: c.id, round, value: Math.floor(random() * (c.scale === '1-5' ? 6 : 11)) });
  }
  const knockouts = vendors.flatMap((v, i) => criteria.slice(0, 3).map((c) => ({ vendorId: v.id, criterionId: c.id, status: (i % 10 === 0 ? 'fail' : 'pass') as 'pass' | 'fail' })));
  return { vendors, groups, criteria, scores, knockouts, comparisons: [], aggregation: 'mean', weightMethod: 'direct' };
}

describe('performance: 100 vendors x 60 criteria x 10 evaluators (two rounds, 120,000 scores)', () => {
  it('recomputes ranking and sensitivity after a weight change well under 50 ms', () => {
    const input = bigInput(100, 60, 10);
    const t0 = performance.now();
    const prepared = prepareEvaluation(input);
    const prepareMs = performance.now() - t0;
    const timings: number[] = [];
    for (let run = 0; run < 200; run++) {
      const criteria = input.criteria.map((c, i) => (i === run % 60 ? { ...c, rawWeight: 1 + (run % 5) } : c));
      const start = performance.now();
      const ranking = rankWithWeights(prepared, weightVector(prepared, criteria));
      timings.push(performance.now() - start);
      expect(ranking.results).toHaveLength(100);
      expect(ranking.sensitivity.criteria).toHaveLength(60);
    }
    timings.sort((a, b) => a - b);
    const median = timings[100] as number;
    const worst = timings[199] as number;
    console.log(`scoring benchmark: prepare (aggregate 120k scores) ${prepareMs.toFixed(1)} ms; weight change -> ranking + sensitivity: median ${median.toFixed(3)} ms, worst ${worst.toFixed(3)} ms`);
    expect(median).toBeLessThan(5);
    expect(worst).toBeLessThan(50);
  });
});

describe('disagreement', () => {
  it('orders criteria by spread relative to their scale, most disputed first, flagging SD > 1 on 1-5', () => {
    const criteria = [
      { id: 'calm', scale: '1-5' as const, direction: 'benefit' as const },
      { id: 'hot', scale: '1-5' as const, direction: 'benefit' as const },
      { id: 'wide', scale: '0-10' as const, direction: 'benefit' as const },
    ];
    const entries = [
      ['calm', [3, 3, 4]], ['hot', [1, 5, 1]], ['wide', [2, 6, 4]],
    ] as const;
    const scores = entries.flatMap(([criterionId, values]) => values.map((value, e) => ({ evaluatorId: `e${e}`, vendorId: 'v', criterionId, round: 1 as const, value })));
    const matrix = buildScoreMatrix(['v'], criteria, scores, 'mean');
    const list = disagreement(matrix, criteria.map((c) => c.scale));
    expect(list.map((d) => d.criterionId)).toEqual(['hot', 'wide', 'calm']);
    expect(list[0]?.maxSd).toBeCloseTo(Math.sqrt(32 / 9));
    expect(list[0]?.flagged).toBe(true);
    // SD of (2, 6, 4) is 1.63: below the 0-10 threshold of 2.
    expect(list[1]?.flagged).toBe(false);
    expect(list[2]?.flagged).toBe(false);
  });
});
