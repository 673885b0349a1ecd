import { describe, expect, it } from 'vitest';
import { aggregate, effectiveScores, median, standardDeviation, type ScoreEntry } from '../../../shared/rules/scoring/aggregate';
import { knockoutStates } from '../../../shared/rules/scoring/knockouts';
import { normaliseScore } from '../../../shared/rules/scoring/scales';
import { criterionWeights, normaliseWeights } from '../../../shared/rules/scoring/weights';
import { threeYearTco } from '../../../shared/rules/scoring/tco';

describe('weights', () => {
  it('normalises raw importance to sum 1', () => {
    expect(normaliseWeights([1, 3, 4])).toEqual([0.125, 0.375, 0.5]);
  });
  it('gives equal weights when every raw weight is zero, and ignores negatives', () => {
    expect(normaliseWeights([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(normaliseWeights([-5, 5])).toEqual([0, 1]);
  });
  it('shares AHP group weights among a group\'s criteria by their raw weight', () => {
    const w = criterionWeights(
      [{ id: 'a1', groupId: 'A', rawWeight: 1 }, { id: 'a2', groupId: 'A', rawWeight: 3 }, { id: 'b1', groupId: 'B', rawWeight: 7 }],
      'ahp', new Map([['A', 0.8], ['B', 0.2], ['C', 0.5]]),
    );
    // C has no criteria: A and B share the whole weight 0.8 : 0.2.
    expect(w.get('a1')).toBeCloseTo(0.2);
    expect(w.get('a2')).toBeCloseTo(0.6);
    expect(w.get('b1')).toBeCloseTo(0.2);
  });
});

describe('scales', () => {
  it('maps benefit scores to value / max and keeps 0 as no evidence', () => {
    expect(normaliseScore(4, '1-5', 'benefit')).toBeCloseTo(0.8);
    expect(normaliseScore(0, '1-5', 'benefit')).toBe(0);
    expect(normaliseScore(7, '0-10', 'benefit')).toBeCloseTo(0.7);
  });
  it('inverts cost criteria level for level, but never turns "no evidence" into a good score', () => {
    expect(normaliseScore(1, '1-5', 'cost')).toBe(1);
    expect(normaliseScore(5, '1-5', 'cost')).toBeCloseTo(0.2);
    expect(normaliseScore(10, '0-10', 'cost')).toBeCloseTo(0.1);
    expect(normaliseScore(0, '1-5', 'cost')).toBe(0);
  });
});

describe('aggregation and disagreement', () => {
  it('aggregates by mean (default) or median', () => {
    expect(aggregate([1, 2, 5, 5], 'mean')).toBe(3.25);
    expect(aggregate([1, 2, 5, 5], 'median')).toBe(3.5);
    expect(median([4, 1, 3])).toBe(3);
  });
  it('measures spread as the population standard deviation', () => {
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(standardDeviation([3])).toBe(0);
  });
  it('keeps both rounds and uses each evaluator\'s latest score', () => {
    const s = (evaluatorId: string, round: 1 | 2, value: number): ScoreEntry => ({ evaluatorId, vendorId: 'v', criterionId: 'c', round, value });
    const scores = [s('e1', 1, 1), s('e1', 2, 4), s('e2', 1, 3)];
    expect(effectiveScores(scores, 'latest').get('v')?.get('c')?.sort()).toEqual([3, 4]);
    expect(effectiveScores(scores, 1).get('v')?.get('c')?.sort()).toEqual([1, 3]);
    expect(effectiveScores(scores, 2).get('v')?.get('c')).toEqual([4]);
  });
});

describe('knock-outs', () => {
  it('knocks out a vendor that fails any must-have, and leaves unchecked ones pending', () => {
    const states = knockoutStates(['v1', 'v2', 'v3'], ['m1', 'm2'], [
      { vendorId: 'v1', criterionId: 'm1', status: 'pass' }, { vendorId: 'v1', criterionId: 'm2', status: 'pass' },
      { vendorId: 'v2', criterionId: 'm1', status: 'pass' }, { vendorId: 'v2', criterionId: 'm2', status: 'fail' },
      { vendorId: 'v3', criterionId: 'm1', status: 'pass' },
    ]);
    expect(states.get('v1')).toEqual({ state: 'in', failed: [], unchecked: [] });
    expect(states.get('v2')).toEqual({ state: 'out', failed: ['m2'], unchecked: [] });
    expect(states.get('v3')).toEqual({ state: 'pending', failed: [], unchecked: ['m2'] });
  });
});

describe('three-year cost of ownership', () => {
  it('adds one-off costs to year one and twelve months of seats and usage per year', () => {
    const tco = threeYearTco({ seatPerMonth: 3_000, usagePerUserMonth: 500, annualFixed: 1_000_000, oneOff: 5_000_000 }, 100);
    expect(tco.perYear).toEqual([5_000_000 + 1_000_000 + 4_200_000, 5_200_000, 5_200_000]);
    expect(tco.total).toBe(20_600_000);
    expect(tco.perUserPerMonth).toBe(Math.round(20_600_000 / 3_600));
  });
});

describe('step 3 readiness warnings', () => {
  it('warns when the chosen vendor is knocked out or the AHP judgments are inconsistent, and not otherwise', async () => {
    const { vendorWarnings } = await import('../../../shared/rules/scoring/warnings');
    expect(vendorWarnings({ chosenVendorName: 'Atlas', chosenKnockedOut: false, weightMethod: 'ahp', consistencyRatio: 0.05 })).toEqual([]);
    expect(vendorWarnings({ chosenVendorName: 'Corvid', chosenKnockedOut: true, weightMethod: 'direct', consistencyRatio: 0.4 }).map((w) => w.message))
      .toEqual(['The chosen vendor "Corvid" fails a must-have criterion.']);
    expect(vendorWarnings({ chosenVendorName: null, chosenKnockedOut: false, weightMethod: 'ahp', consistencyRatio: 0.25 })[0]?.message).toContain('CR 0.25 > 0.10');
  });
});
