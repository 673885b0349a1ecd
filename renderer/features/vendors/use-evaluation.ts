import { useCallback, useMemo } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import type { RoundChoice } from '../../../shared/rules/scoring/aggregate';
import { groupProfiles, prepareEvaluation, rankWithWeights, weightVector } from '../../../shared/rules/scoring/evaluate';
import { evaluationInput, orderedCriteria } from '../../../shared/rules/scoring/evaluation-input';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery, type ProjectQuery } from '../../state/use-project-query';
import type { Score, ScoreInput } from '../../../shared/schemas/vendors';
import { toMajor } from '../../../shared/rules/budget/currency';

export { orderedCriteria } from '../../../shared/rules/scoring/evaluation-input';

/** What the score-dependent part reads of the criteria: everything but the raw weights, in the order shown. */
function criteriaStructure(data: VendorEvaluation): string {
  return orderedCriteria(data).map((c) => `${c.id} ${c.groupId} ${c.scale} ${c.direction} ${c.mustHave ? 1 : 0}`).join('\n');
}

/**
 * The evaluation and its results. The expensive part (folding every evaluator's scores into the matrix) is
 * memoised on what it reads, which a weight change leaves alone (the answers keep their identity, see
 * shareEqual): a weight change only reruns the O(vendors x criteria) ranking, sensitivity and profiles.
 */
export function useEvaluationResults(data: VendorEvaluation | undefined, round: RoundChoice = 'latest') {
  const structure = data ? criteriaStructure(data) : '';
  const vendors = data?.vendors;
  const groups = data?.groups;
  const scores = data?.scores;
  const knockouts = data?.knockouts;
  const comparisons = data?.comparisons;
  const aggregation = data?.state.aggregation;
  const weightMethod = data?.state.weightMethod;
  const prepared = useMemo(() => {
    return data ? prepareEvaluation(evaluationInput(data, round)) : null;
    // Keyed on the parts prepareEvaluation reads, not on the raw weights (which are in `data` too).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [structure, vendors, groups, scores, knockouts, comparisons, aggregation, weightMethod, round]);
  const criteria = data?.criteria;
  return useMemo(() => {
    if (!prepared || !data) return null;
    const weights = weightVector(prepared, orderedCriteria(data));
    const ranking = rankWithWeights(prepared, weights);
    return { prepared, ranking, profiles: groupProfiles(prepared, ranking.weights) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prepared, criteria]);
}

export type EvaluationResults = NonNullable<ReturnType<typeof useEvaluationResults>>;

export interface Evaluation extends ProjectQuery<VendorEvaluation> {
  /**
   * Saves one score (vendors.setScore writes that one row and nothing else): the scores held take the saved row in
   * place of the old one, and are not read again for it (on 120,000 scores, 14 MB).
   */
  saveScore(input: ScoreInput): Promise<unknown>;
}

/** The scores with one cell's score replaced, added or (null) removed. */
export function withScore(scores: Score[], cell: Pick<Score, 'evaluatorId' | 'vendorId' | 'criterionId' | 'round'>, saved: Score | null): Score[] {
  const same = (s: Score) => s.evaluatorId === cell.evaluatorId && s.vendorId === cell.vendorId && s.criterionId === cell.criterionId && s.round === cell.round;
  const index = scores.findIndex(same);
  // Clearing a cell that had no score changes nothing: the same list, so the matrix is not folded again.
  if (index < 0) return saved ? [...scores, saved] : scores;
  const next = [...scores];
  if (saved) next[index] = saved;
  else next.splice(index, 1);
  return next;
}

/**
 * The evaluation, read in two parts: everything but the scores after every change, the scores only after a
 * change to them. A weight or a name changed on a 100-vendor evaluation then reads a few kilobytes, not the
 * 60,000 scores again.
 */
export function useEvaluation(): Evaluation {
  const evaluation = useProjectQuery('vendors.get', { scores: false });
  const scores = useProjectQuery('vendors.scores', {});
  const base = evaluation.data;
  const list = scores.data;
  const data = useMemo(() => (base && list ? { ...base, scores: list } : undefined), [base, list]);
  const mutate = useRollout((s) => s.mutate);
  const patchScores = scores.patch;
  const saveScore = useCallback((input: ScoreInput) => mutate((api) => api.invoke('vendors.setScore', input), {
    onSaved: (saved, edit) => patchScores((held) => withScore(held, input, saved), edit),
  }), [mutate, patchScores]);
  // A saved edit of anything but the scores: applied to the part read without them.
  return { data, error: evaluation.error ?? scores.error, loading: evaluation.loading || scores.loading, patch: evaluation.patch, saveScore };
}

const moneyFormats = new Map<string, Intl.NumberFormat | null>();

/** Whole units of `currency`; the formatter is made once per currency (making one costs more than a hundred formats). */
export function formatMoney(minor: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 });
    } catch {
      format = null;
    }
    moneyFormats.set(currency, format);
  }
  // Minor units per currency (cents, yen, fils) follow the budget's one rule.
  const major = toMajor(minor, currency);
  return format ? format.format(major) : `${major.toFixed(0)} ${currency}`;
}

export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** An evaluator as results show them: anonymous evaluators by number only. */
export function evaluatorLabel(evaluator: { name: string; anonymous: boolean }, index: number, reveal = false): string {
  return evaluator.anonymous && !reveal ? `Evaluator ${index + 1}` : evaluator.name;
}
