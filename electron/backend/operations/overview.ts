import type Database from 'better-sqlite3';
import type { OperationsOverview } from '../../../shared/api/methods/operations';
import { heatMap } from '../../../shared/rules/governance';
import { GATE_OUTCOME_LABELS } from '../../../shared/schemas/deployment';
import { PILOT_OUTCOME_LABELS } from '../../../shared/schemas/pilot';
import { readDeployment } from './deployment-view';
import { readGovernance } from './governance-view';
import { readMonitoring } from './monitoring-view';
import { readPilot } from './pilot-view';

const RECENT_DECISIONS = 5;

/** What the Monday-morning overview needs from steps 7 to 10, in one read. */
export function readOperationsOverview(db: Database.Database, today: string): OperationsOverview {
  const pilot = readPilot(db, today);
  const deployment = readDeployment(db, today);
  const monitoring = readMonitoring(db, today);
  const governance = readGovernance(db, today);
  const live = governance.risks.filter((r) => r.status !== 'closed');
  const offTargetKpis = monitoring.kpis.flatMap(({ kpi, summary }) =>
    (summary.status === 'warning' || summary.status === 'critical') && summary.latest
      ? [{ id: kpi.id, name: kpi.name, unit: kpi.unit, status: summary.status, value: summary.latest.value, measuredOn: summary.latest.measuredOn, target: kpi.target }]
      : [],
  );
  offTargetKpis.sort((a, b) => (a.status === b.status ? 0 : a.status === 'critical' ? -1 : 1));
  const decisions: OperationsOverview['decisions'] = [
    ...pilot.decisions.map((d) => ({ kind: 'pilot' as const, subject: 'Pilot', outcome: PILOT_OUTCOME_LABELS[d.outcome], decidedOn: d.decidedOn, decidedBy: d.decidedByName, recordedAt: d.recordedAt })),
    ...deployment.waves.flatMap(({ wave, gate }) =>
      gate.history.map((d) => ({
        kind: 'gate' as const,
        subject: `Gate before ${wave.name}`,
        outcome: GATE_OUTCOME_LABELS[d.outcome],
        decidedOn: d.decidedOn,
        decidedBy: d.signOffs.map((s) => s.name).join(', '),
        recordedAt: d.recordedAt,
      })),
    ),
  ]
    .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.recordedAt.localeCompare(a.recordedAt))
    .slice(0, RECENT_DECISIONS)
    .map(({ recordedAt: _recordedAt, ...rest }) => rest);
  return {
    heatMap: heatMap(governance.risks, 'inherent'),
    openRisks: live.length,
    highRisks: live.filter((r) => r.level === 'high' || r.level === 'critical').length,
    offTargetKpis,
    gates: deployment.waves
      .filter(({ phase }) => phase === 'planned' || phase === 'unscheduled' || phase === 'in_progress')
      .map(({ wave, gate }) => ({ waveId: wave.id, waveName: wave.name, startDate: wave.startDate, status: gate.status, criteriaMet: gate.criteriaMet, criteriaTotal: gate.criteriaTotal })),
    decisions,
    pilot: pilot.summary,
    openIncidents: governance.incidents.filter((i) => i.status === 'open' || i.status === 'contained').length,
  };
}
