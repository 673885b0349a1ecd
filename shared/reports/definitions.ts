import type { ProjectDocument } from '../interchange/document';
import { ragChips } from './facts';
import { project } from './doc';
import { day, integer, isoDay, money } from './format';
import type { ReportDefinition, ReportCover, Report, RagChip } from './model';
import { overallRating } from './rag';
import { costsRedacted, setRedactions, type ReportRedactions } from './redacted';
import { breakdownBlocks, headlineBlocks, linesBlocks, phasingBlocks } from './sections/budget';
import { issueBlocks, nextStepBlocks } from './sections/next-steps';
import { kpiBlocks, pilotBlocks, riskBlocks, trainingBlocks, waveBlocks } from './sections/operations';
import { milestoneBlocks, requirementBlocks, teamBlocks } from './sections/plan';
import { compactStepBlocks, ragBlocks, stepBlocks } from './sections/status';
import { criteriaBlocks, decisionBlocks, disagreementBlocks, evaluatorBlocks, knockoutBlocks, rankingBlocks, sensitivityBlocks } from './sections/vendors';

export const REPORT_KINDS = ['executive', 'vendors', 'budget', 'status'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const overall = (doc: ProjectDocument, now: Date): RagChip => overallRating(ragChips(doc, now));

/** The executive report ranks the leading vendors (and the chosen one); the vendor report ranks them all. */
const EXECUTIVE_VENDORS = 10;

/** The four reports: each an ordered list of sections the user may pick from. */
export const REPORTS: Record<ReportKind, ReportDefinition> = {
  executive: {
    title: 'Executive rollout report',
    description: 'Status, plan, vendor decision, budget, risks, pilot, deployment, training, KPIs and next steps.',
    overall,
    sections: [
      { id: 'summary', title: 'Status summary', build: ragBlocks },
      { id: 'steps', title: 'The ten steps', build: stepBlocks },
      { id: 'milestones', title: 'Milestones and phases', build: milestoneBlocks },
      { id: 'team', title: 'Team and RACI', build: teamBlocks },
      { id: 'requirements', title: 'Requirements by horizon', build: (doc) => requirementBlocks(doc) },
      { id: 'vendor', title: 'Vendor decision', build: (doc) => [...decisionBlocks(doc), ...rankingBlocks(doc, EXECUTIVE_VENDORS)] },
      { id: 'budget', title: 'Budget against approved', build: headlineBlocks },
      { id: 'risks', title: 'Risks', build: (doc) => riskBlocks(doc) },
      { id: 'pilot', title: 'Pilot results', build: pilotBlocks },
      { id: 'waves', title: 'Deployment waves and gates', build: waveBlocks },
      { id: 'training', title: 'Training coverage', build: trainingBlocks },
      { id: 'kpis', title: 'KPIs against thresholds', build: kpiBlocks },
      { id: 'issues', title: 'Open issues', build: issueBlocks },
      { id: 'next', title: 'Next steps', build: (doc, now) => nextStepBlocks(doc, now) },
    ],
  },
  vendors: {
    title: 'Vendor evaluation report',
    description: 'Criteria and weights, scores, evaluators, disagreement, sensitivity, knock-outs and the decision.',
    sections: [
      { id: 'decision', title: 'Decision record', build: decisionBlocks },
      { id: 'ranking', title: 'Scores per vendor', build: (doc) => rankingBlocks(doc) },
      { id: 'criteria', title: 'Criteria and weights', build: criteriaBlocks },
      { id: 'evaluators', title: 'Scores per evaluator', build: evaluatorBlocks },
      { id: 'disagreement', title: 'Disagreement', build: disagreementBlocks },
      { id: 'sensitivity', title: 'Sensitivity of the result', build: sensitivityBlocks },
      { id: 'knockouts', title: 'Knock-outs (must-haves)', build: knockoutBlocks },
    ],
  },
  budget: {
    title: 'Budget report',
    description: 'Budget against approved with the burn chart, breakdowns, cost lines and monthly phasing.',
    sections: [
      { id: 'headline', title: 'Budget against approved', build: headlineBlocks },
      { id: 'breakdown', title: 'Breakdown', build: breakdownBlocks },
      { id: 'lines', title: 'Cost lines', build: linesBlocks },
      { id: 'phasing', title: 'Monthly phasing', build: phasingBlocks },
    ],
  },
  status: {
    title: 'Status report',
    description: 'One page: ratings, the ten steps, open issues and the next steps.',
    overall,
    compact: true,
    sections: [
      { id: 'summary', title: 'Status summary', build: (doc, now) => ragBlocks(doc, now).filter((b) => b.kind === 'rag') },
      { id: 'steps', title: 'The ten steps', build: compactStepBlocks },
      { id: 'issues', title: 'Open issues', build: (doc, now) => issueBlocks(doc, now, 2).slice(0, 1) },
      { id: 'next', title: 'Next two weeks', build: (doc, now) => nextStepBlocks(doc, now, 14, 5) },
    ],
  },
};

export function reportSectionList(kind: ReportKind): { id: string; title: string }[] {
  return REPORTS[kind].sections.map(({ id, title }) => ({ id, title }));
}

function cover(doc: ProjectDocument, def: ReportDefinition, now: Date): ReportCover {
  const p = project(doc);
  const budget = doc.derived.budget;
  return {
    title: def.title, projectName: p.name, organisation: p.organisation, date: day(isoDay(now)),
    overall: def.overall ? def.overall(doc, now) : null,
    facts: [
      { key: 'Planned start', value: day(p.plannedStart) },
      { key: 'Target go-live', value: day(p.targetGoLive) },
      ...(budget?.headline.approved != null && !costsRedacted(doc) ? [{ key: 'Approved budget', value: money(budget.headline.approved, budget.currency) }] : []),
      ...(budget?.headline.users != null ? [{ key: 'People in scope', value: integer(budget.headline.users) }] : []),
    ],
  };
}

/**
 * Builds a report from the interchange document; `sections` keeps the definition's order, unknown ids are ignored.
 * `redacted` says what a hand-off copy had taken out (shared/reports/redacted.ts).
 */
export function buildReport(doc: ProjectDocument, kind: ReportKind, options: { sections?: readonly string[]; now: Date; redacted?: ReportRedactions }): Report {
  const def = REPORTS[kind];
  setRedactions(doc, options.redacted);
  const wanted = options.sections ? new Set(options.sections) : null;
  const c = cover(doc, def, options.now);
  return {
    compact: def.compact,
    cover: def.compact ? { ...c, facts: [] } : c,
    sections: def.sections.filter((s) => !wanted || wanted.has(s.id)).map((s) => ({ id: s.id, title: s.title, blocks: s.build(doc, options.now) })),
  };
}
