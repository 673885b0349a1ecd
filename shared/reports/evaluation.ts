import type { ProjectDocument } from '../interchange/document';
import { evaluate, groupProfiles, type EvaluationInput } from '../rules/scoring/evaluate';
import type { Comparison, Criterion, CriterionGroup, Decision, EvaluationState, Evaluator, KnockoutRecord, Score, Vendor } from '../schemas/vendors';
import { rows, sorted } from './doc';

/** The vendor evaluation as the reports read it: the rows of step 3 and the app's own scoring maths on them. */
export interface EvaluationData {
  vendors: Vendor[];
  groups: CriterionGroup[];
  criteria: Criterion[];
  evaluators: Evaluator[];
  scores: Score[];
  knockouts: KnockoutRecord[];
  decision: Decision | null;
  input: EvaluationInput;
}

/**
 * Several sections of one report read the evaluation (the executive report's decision and ranking, the vendor
 * report's seven sections): it is gathered and scored once per document. A document is not changed once built.
 */
const dataOf = new WeakMap<ProjectDocument, EvaluationData | null>();
const resultsOf = new WeakMap<EvaluationData, ReturnType<typeof computeResults>>();

export function evaluationData(doc: ProjectDocument): EvaluationData | null {
  let data = dataOf.get(doc);
  if (data === undefined) dataOf.set(doc, (data = readEvaluationData(doc)));
  return data;
}

function readEvaluationData(doc: ProjectDocument): EvaluationData | null {
  const state = rows<EvaluationState>(doc, 'vendor_evaluation')[0];
  const vendors = sorted(rows<Vendor>(doc, 'vendor'));
  if (!state || vendors.length === 0) return null;
  const groups = sorted(rows<CriterionGroup>(doc, 'criterion_group'));
  const groupOrder = new Map(groups.map((g, i) => [g.id, i]));
  const criteria = [...rows<Criterion>(doc, 'criterion')].sort((a, b) => (groupOrder.get(a.groupId) ?? 0) - (groupOrder.get(b.groupId) ?? 0) || a.sortOrder - b.sortOrder);
  const scores = rows<Score>(doc, 'score');
  const knockouts = rows<KnockoutRecord>(doc, 'knockout_result');
  return {
    vendors, groups, criteria, evaluators: sorted(rows<Evaluator>(doc, 'evaluator')), scores, knockouts,
    decision: rows<Decision>(doc, 'vendor_decision')[0] ?? null,
    input: { vendors, groups, criteria, scores, knockouts, comparisons: rows<Comparison>(doc, 'ahp_comparison'), aggregation: state.aggregation, weightMethod: state.weightMethod },
  };
}

function computeResults(data: EvaluationData) {
  const result = evaluate(data.input);
  return { ...result, profiles: groupProfiles(result, result.weights) };
}

export function evaluationResults(data: EvaluationData): ReturnType<typeof computeResults> {
  let results = resultsOf.get(data);
  if (!results) resultsOf.set(data, (results = computeResults(data)));
  return results;
}

/** Each evaluator's own ranking: the same maths on that evaluator's scores alone. */
export function totalsByEvaluator(data: EvaluationData): { evaluatorId: string; totals: Map<string, number> }[] {
  return data.evaluators.map((ev) => {
    const own = evaluate({ ...data.input, scores: data.scores.filter((s) => s.evaluatorId === ev.id) });
    return { evaluatorId: ev.id, totals: new Map(own.results.map((r) => [r.vendorId, r.total])) };
  });
}

/** Anonymous evaluators by number only, as the app's results show them. */
export function evaluatorName(evaluator: Pick<Evaluator, 'name' | 'anonymous'>, index: number): string {
  return evaluator.anonymous ? `Evaluator ${index + 1}` : evaluator.name;
}
