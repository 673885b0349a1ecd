import type Database from 'better-sqlite3';
import type { PilotView } from '../../../shared/api/methods/operations';
import { criterionResult, pilotWarnings, summarisePilot } from '../../../shared/rules/pilot';
import type { ExitCriterion, Finding, PilotDecision, PilotGroup } from '../../../shared/schemas/pilot';
import { readAll } from './records';

export function readPilot(db: Database.Database, today: string): PilotView {
  const groups = readAll<PilotGroup>(db, 'pilot_group');
  const criteria = readAll<ExitCriterion>(db, 'pilot_criterion');
  const findings = readAll<Finding>(db, 'pilot_finding');
  const decisions = readAll<PilotDecision>(db, 'pilot_decision', 'decided_on DESC, recorded_at DESC');
  const summary = summarisePilot(groups, criteria, findings, decisions, today);
  return {
    groups,
    criteria: criteria.map((c) => ({ ...c, result: criterionResult(c) })),
    findings,
    decisions,
    summary,
    warnings: pilotWarnings(summary, groups.length),
  };
}
