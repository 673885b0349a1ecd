import type Database from 'better-sqlite3';
import type { DeploymentView } from '../../../shared/api/methods/operations';
import { deploymentWarnings, summariseGate, wavePhase } from '../../../shared/rules/deployment';
import type { DeploymentPlan, GateCriterion, GateDecision, SupportItem, Wave } from '../../../shared/schemas/deployment';
import { groupBy, readAll } from './records';

export function readDeployment(db: Database.Database, today: string): DeploymentView {
  const plan = readAll<DeploymentPlan & { id: string }>(db, 'deployment_plan', 'id')[0];
  const waves = readAll<Wave>(db, 'wave');
  const criteria = groupBy(readAll<GateCriterion>(db, 'gate_criterion'), (c) => c.waveId);
  const decisions = groupBy(readAll<GateDecision>(db, 'gate_decision', 'recorded_at'), (d) => d.waveId);
  const support = readAll<SupportItem>(db, 'support_item');
  const views = waves.map((wave) => {
    const waveCriteria = criteria.get(wave.id) ?? [];
    return { wave, phase: wavePhase(wave, today), criteria: waveCriteria, gate: summariseGate(waveCriteria, decisions.get(wave.id) ?? []) };
  });
  return {
    plan: { strategy: plan?.strategy ?? 'phased', notes: plan?.notes ?? '' },
    waves: views,
    support,
    warnings: deploymentWarnings(views, support, today),
  };
}
