import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { CharterReviewer, ComplianceItem, Control, Drill, Incident, Policy, Risk } from '../schemas/governance';

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

export const riskScore = (likelihood: number, impact: number) => likelihood * impact;

/** Bands of the 5x5 matrix: 1-4 low, 5-9 medium, 10-16 high, 20-25 critical. */
export function riskLevel(score: number): RiskLevel {
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export type HeatMapMode = 'inherent' | 'residual';

/** The likelihood and impact a risk is plotted at; residual falls back to inherent when none is documented. */
export function plotPosition(risk: Pick<Risk, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>, mode: HeatMapMode) {
  if (mode === 'residual' && risk.residualLikelihood !== null && risk.residualImpact !== null) {
    return { likelihood: risk.residualLikelihood, impact: risk.residualImpact };
  }
  return { likelihood: risk.likelihood, impact: risk.impact };
}

/** counts[likelihood - 1][impact - 1]: how many risks sit in each cell. Closed risks are left out. */
export function heatMap(risks: readonly Pick<Risk, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact' | 'status'>[], mode: HeatMapMode): number[][] {
  const counts = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const risk of risks) {
    if (risk.status === 'closed') continue;
    const { likelihood, impact } = plotPosition(risk, mode);
    const row = counts[likelihood - 1];
    if (row) row[impact - 1] = (row[impact - 1] ?? 0) + 1;
  }
  return counts;
}

export function isPastDue(date: string | null, today: string): boolean {
  return date !== null && differenceInCalendarDays(parseISO(today), parseISO(date)) > 0;
}

export const policyOverdue = (policy: Pick<Policy, 'reviewDate' | 'status'>, today: string) =>
  policy.status !== 'retired' && isPastDue(policy.reviewDate, today);

export interface GovernanceRecords {
  risks: readonly Risk[];
  controls: readonly Pick<Control, 'name' | 'result'>[];
  /** risk id -> number of linked controls */
  controlsPerRisk: ReadonlyMap<string, number>;
  policies: readonly Pick<Policy, 'title' | 'reviewDate' | 'status'>[];
  reviewers: readonly Pick<CharterReviewer, 'name' | 'signedOn'>[];
  drills: readonly Pick<Drill, 'title' | 'plannedOn' | 'heldOn'>[];
  incidents: readonly Pick<Incident, 'title' | 'status' | 'severity'>[];
  contingencyPlans: number;
  compliance: readonly Pick<ComplianceItem, 'applies' | 'status'>[];
}

function countText(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Step 10 readiness: risks owned and controlled, reviews on time, policies current, charter signed, drills held. */
export function governanceWarnings(r: GovernanceRecords, today: string): string[] {
  const warnings: string[] = [];
  const live = r.risks.filter((risk) => risk.status !== 'closed');
  if (r.risks.length === 0) warnings.push('The risk register is empty');
  const serious = live.filter((risk) => riskScore(risk.likelihood, risk.impact) >= 10);
  const uncontrolled = serious.filter((risk) => risk.treatment === 'mitigate' && (r.controlsPerRisk.get(risk.id) ?? 0) === 0);
  if (uncontrolled.length) warnings.push(`${countText(uncontrolled.length, 'high risk has', 'high risks have')} no control linked`);
  const unowned = live.filter((risk) => !risk.owner.trim());
  if (unowned.length) warnings.push(`${countText(unowned.length, 'risk has', 'risks have')} no owner`);
  const stale = live.filter((risk) => isPastDue(risk.reviewDate, today));
  if (stale.length) warnings.push(`${countText(stale.length, 'risk review is', 'risk reviews are')} overdue`);
  const failed = r.controls.filter((c) => c.result === 'failed');
  if (failed.length) warnings.push(`${countText(failed.length, 'control failed its', 'controls failed their')} last test`);
  const overdue = r.policies.filter((p) => policyOverdue(p, today));
  for (const policy of overdue) warnings.push(`Policy "${policy.title}" is overdue for review`);
  if (r.reviewers.length === 0) warnings.push('The governance charter has no reviewers');
  else {
    const unsigned = r.reviewers.filter((rev) => !rev.signedOn).length;
    if (unsigned) warnings.push(`${countText(unsigned, 'charter reviewer has', 'charter reviewers have')} not signed off`);
  }
  if (!r.drills.some((d) => d.heldOn)) warnings.push('No incident response drill held yet');
  const missed = r.drills.filter((d) => !d.heldOn && isPastDue(d.plannedOn, today));
  for (const drill of missed) warnings.push(`Drill "${drill.title}" was planned but not held`);
  const unreviewed = r.incidents.filter((i) => i.status === 'resolved');
  if (unreviewed.length) warnings.push(`${countText(unreviewed.length, 'resolved incident awaits its', 'resolved incidents await their')} post-incident review`);
  const openSerious = r.incidents.filter((i) => i.status === 'open' && (i.severity === 'high' || i.severity === 'critical'));
  if (openSerious.length) warnings.push(`${countText(openSerious.length, 'high-severity incident is', 'high-severity incidents are')} open`);
  if (r.contingencyPlans === 0) warnings.push('No contingency plans: what happens if the model or the vendor fails?');
  const unsure = r.compliance.filter((c) => c.applies === 'unsure').length;
  if (unsure) warnings.push(`${countText(unsure, 'compliance item needs', 'compliance items need')} a decision whether it applies`);
  return warnings;
}
