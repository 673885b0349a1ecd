import { useMemo } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import type { RoundChoice } from '../../../shared/rules/scoring/aggregate';
import { groupProfiles, prepareEvaluation, rankWithWeights, weightVector } from '../../../shared/rules/scoring/evaluate';
import { evaluationInput } from '../../../shared/rules/scoring/evaluation-input';
import { useProjectQuery } from '../../state/use-project-query';

export { orderedCriteria } from '../../../shared/rules/scoring/evaluation-input';

/**
 * The evaluation and its results. The expensive part (folding every evaluator's scores) is memoised on the data;
 * a weight change only reruns the O(vendors x criteria) ranking and sensitivity.
 */
export function useEvaluationResults(data: VendorEvaluation | undefined, round: RoundChoice = 'latest') {
  const prepared = useMemo(() => {
    if (!data) return null;
    return prepareEvaluation(evaluationInput(data, round));
  }, [data, round]);
  return useMemo(() => {
    if (!prepared) return null;
    const ranking = rankWithWeights(prepared, weightVector(prepared));
    return { prepared, ranking, profiles: groupProfiles(prepared, ranking.weights) };
  }, [prepared]);
}

export type EvaluationResults = NonNullable<ReturnType<typeof useEvaluationResults>>;

export function useEvaluation() {
  return useProjectQuery('vendors.get', {});
}

export function formatMoney(minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(0)} ${currency}`;
  }
}

export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** An evaluator as results show them: anonymous evaluators by number only. */
export function evaluatorLabel(evaluator: { name: string; anonymous: boolean }, index: number, reveal = false): string {
  return evaluator.anonymous && !reveal ? `Evaluator ${index + 1}` : evaluator.name;
}
