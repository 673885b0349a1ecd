import type { Comparison, ExitCriterion, Finding, PilotDecision, PilotGroup } from '../schemas/pilot';

export type CriterionResult = 'not_measured' | 'pass' | 'fail';

/** Equality allows for rounding in what people type (0.1% of the target, at least 1e-9). */
export function compare(measured: number, comparison: Comparison, target: number): boolean {
  if (comparison === 'gte') return measured >= target;
  if (comparison === 'lte') return measured <= target;
  return Math.abs(measured - target) <= Math.max(Math.abs(target) * 0.001, 1e-9);
}

export function criterionResult(criterion: Pick<ExitCriterion, 'measured' | 'comparison' | 'target'>): CriterionResult {
  if (criterion.measured === null) return 'not_measured';
  return compare(criterion.measured, criterion.comparison, criterion.target) ? 'pass' : 'fail';
}

const BLOCKING = new Set(['high', 'critical']);
const OPEN = new Set(['open', 'in_progress']);

export const isOpenBlockingFinding = (f: Pick<Finding, 'severity' | 'status'>) => BLOCKING.has(f.severity) && OPEN.has(f.status);

export type PilotPhase = 'not_planned' | 'planned' | 'running' | 'awaiting_decision' | 'decided';
export const PILOT_PHASE_LABELS: Record<PilotPhase, string> = {
  not_planned: 'Not planned',
  planned: 'Planned',
  running: 'Running',
  awaiting_decision: 'Awaiting decision',
  decided: 'Decided',
};

export interface PilotSummary {
  phase: PilotPhase;
  criteria: { total: number; measured: number; passed: number; failed: number };
  openFindings: number;
  openBlockingFindings: number;
  /** The decision in force: the newest one recorded. */
  decision: PilotDecision | null;
  /** Ready to decide: every criterion measured, no open high-severity finding. */
  readyToDecide: boolean;
}

/** Newest first by decision date, then by when it was recorded (a later record supersedes an earlier one). */
export function latestDecision<D extends { decidedOn: string; recordedAt: string }>(decisions: readonly D[]): D | null {
  return [...decisions].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.recordedAt.localeCompare(a.recordedAt))[0] ?? null;
}

export function summarisePilot(
  groups: readonly Pick<PilotGroup, 'startDate' | 'endDate'>[],
  criteria: readonly Pick<ExitCriterion, 'measured' | 'comparison' | 'target'>[],
  findings: readonly Pick<Finding, 'severity' | 'status'>[],
  decisions: readonly PilotDecision[],
  today: string,
): PilotSummary {
  const results = criteria.map(criterionResult);
  const counts = {
    total: criteria.length,
    measured: results.filter((r) => r !== 'not_measured').length,
    passed: results.filter((r) => r === 'pass').length,
    failed: results.filter((r) => r === 'fail').length,
  };
  const openBlockingFindings = findings.filter(isOpenBlockingFinding).length;
  const decision = latestDecision(decisions);
  const starts = groups.map((g) => g.startDate).filter((d): d is string => d !== null).sort();
  const ends = groups.map((g) => g.endDate).filter((d): d is string => d !== null).sort();
  let phase: PilotPhase;
  // An "extend" decision sends the pilot back to running; proceed and stop close it.
  if (decision && decision.outcome !== 'extend') phase = 'decided';
  else if (groups.length === 0) phase = 'not_planned';
  else if (!starts[0] || today < starts[0]) phase = 'planned';
  else if (ends.length === groups.length && today > (ends[ends.length - 1] ?? '')) phase = 'awaiting_decision';
  else phase = 'running';
  return {
    phase,
    criteria: counts,
    openFindings: findings.filter((f) => OPEN.has(f.status)).length,
    openBlockingFindings,
    decision,
    readyToDecide: counts.total > 0 && counts.measured === counts.total && openBlockingFindings === 0,
  };
}

/** The pilot's readiness: no open high-severity finding, every exit criterion measured, a decision recorded. */
export function pilotWarnings(summary: PilotSummary, groupCount: number): string[] {
  const warnings: string[] = [];
  if (groupCount === 0) return ['No pilot group yet: choose a small but representative group'];
  if (summary.openBlockingFindings > 0) {
    warnings.push(`${summary.openBlockingFindings} open high-severity pilot finding${summary.openBlockingFindings === 1 ? '' : 's'}`);
  }
  if (summary.criteria.total === 0) warnings.push('No exit criteria agreed for the pilot');
  else if (summary.criteria.measured < summary.criteria.total) {
    const missing = summary.criteria.total - summary.criteria.measured;
    warnings.push(`${missing} exit criteri${missing === 1 ? 'on' : 'a'} not measured yet`);
  }
  if (summary.phase === 'awaiting_decision') warnings.push('The pilot has ended: record the decision (proceed, extend or stop)');
  if (summary.decision?.outcome === 'proceed' && summary.criteria.failed > 0) {
    warnings.push(`Decided to proceed although ${summary.criteria.failed} exit criteri${summary.criteria.failed === 1 ? 'on fails' : 'a fail'}`);
  }
  return warnings;
}
