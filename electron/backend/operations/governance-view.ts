import type Database from 'better-sqlite3';
import type { EscalationStep, GovernanceView } from '../../../shared/api/methods/operations';
import { governanceWarnings, isPastDue, policyOverdue, riskLevel, riskScore } from '../../../shared/rules/governance';
import type {
  Charter, CharterReviewer, ComplianceItem, ContingencyPlan, Control, Drill, Incident, Policy, Risk, Runbook, SeverityLevel,
} from '../../../shared/schemas/governance';
import { groupBy, readAll, tableExists } from './records';

interface Link {
  id: string;
  riskId: string;
  controlId: string;
}

/** Step 1's escalation path, read without depending on the team feature's code: its table may not exist in a file. */
function readEscalation(db: Database.Database): EscalationStep[] {
  if (!tableExists(db, 'escalation_level')) return [];
  return db
    .prepare('SELECT issue_kind AS issueKind, escalate_to AS escalateTo, within_hours AS withinHours FROM escalation_level ORDER BY sort_order')
    .all() as EscalationStep[];
}

export function readGovernance(db: Database.Database, today: string): GovernanceView {
  const links = readAll<Link>(db, 'risk_control', 'rowid');
  const controlsOf = groupBy(links, (l) => l.riskId);
  const risksOf = groupBy(links, (l) => l.controlId);
  const risks = readAll<Risk>(db, 'risk').map((risk) => {
    const score = riskScore(risk.likelihood, risk.impact);
    const residualScore = risk.residualLikelihood !== null && risk.residualImpact !== null ? riskScore(risk.residualLikelihood, risk.residualImpact) : null;
    return {
      ...risk,
      score,
      level: riskLevel(score),
      residualScore,
      controlIds: (controlsOf.get(risk.id) ?? []).map((l) => l.controlId),
      reviewOverdue: risk.status !== 'closed' && isPastDue(risk.reviewDate, today),
    };
  });
  const controls = readAll<Control>(db, 'control').map((c) => ({ ...c, riskIds: (risksOf.get(c.id) ?? []).map((l) => l.riskId) }));
  const policies = readAll<Policy>(db, 'policy').map((p) => ({ ...p, overdue: policyOverdue(p, today) }));
  const charterRow = readAll<Charter & { id: string }>(db, 'governance_charter', 'id')[0];
  const reviewers = readAll<CharterReviewer>(db, 'charter_reviewer');
  const drills = readAll<Drill>(db, 'drill');
  const incidents = readAll<Incident>(db, 'incident');
  const contingencyPlans = readAll<ContingencyPlan>(db, 'contingency_plan');
  const compliance = readAll<ComplianceItem>(db, 'compliance_item');
  const warnings = governanceWarnings(
    {
      risks,
      controls,
      controlsPerRisk: new Map(risks.map((r) => [r.id, r.controlIds.length])),
      policies,
      reviewers,
      drills,
      incidents,
      contingencyPlans: contingencyPlans.length,
      compliance,
    },
    today,
  );
  return {
    risks,
    controls,
    policies,
    charter: { purpose: charterRow?.purpose ?? '', boundaries: charterRow?.boundaries ?? '', successCriteria: charterRow?.successCriteria ?? '' },
    reviewers,
    severityLevels: readAll<SeverityLevel>(db, 'severity_level'),
    escalation: readEscalation(db),
    runbooks: readAll<Runbook>(db, 'runbook'),
    drills,
    incidents,
    contingencyPlans,
    compliance,
    warnings,
  };
}
