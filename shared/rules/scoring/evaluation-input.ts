import type { VendorEvaluation } from '../../api/methods/vendors';
import type { RoundChoice } from './aggregate';
import type { EvaluationInput } from './evaluate';

/** Orders criteria as the user sees them: by group, then within the group. */
export function orderedCriteria(data: VendorEvaluation) {
  const groupOrder = new Map(data.groups.map((g, i) => [g.id, i]));
  return [...data.criteria].sort((a, b) => (groupOrder.get(a.groupId) ?? 0) - (groupOrder.get(b.groupId) ?? 0) || a.sortOrder - b.sortOrder);
}

/** The scoring maths' input from step 3 as stored: the app, the reports and the exports all rank from this. */
export function evaluationInput(data: VendorEvaluation, round: RoundChoice = 'latest'): EvaluationInput {
  return {
    vendors: data.vendors, groups: data.groups, criteria: orderedCriteria(data), scores: data.scores, knockouts: data.knockouts,
    comparisons: data.comparisons, aggregation: data.state.aggregation, weightMethod: data.state.weightMethod, round,
  };
}
