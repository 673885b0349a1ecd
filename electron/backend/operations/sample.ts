import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import sample from '../../../resources/sample/northwind-operations.json';
import { DeploymentPlanPatch, GATE_OUTCOMES, GateCriterionFields, SignOff, SupportItemFields, WaveFields } from '../../../shared/schemas/deployment';
import {
  APPLIES, COMPLIANCE_STATUSES, CharterReviewerFields, ContingencyPlanFields, ControlFields, DrillFields, FRAMEWORKS, IncidentFields, PolicyFields,
  RiskFields, RunbookFields, SeverityLevelFields,
} from '../../../shared/schemas/governance';
import { KpiFields, MonitorItemFields } from '../../../shared/schemas/monitoring';
import { ExitCriterionFields, FindingFields, PILOT_OUTCOME_LABELS, PilotDecisionInput, PilotGroupFields } from '../../../shared/schemas/pilot';
import { IsoDate } from '../../../shared/schemas/common';
import { AuditTrail } from '../history/audit';
import type { SeedContext } from '../projects/sample-seeders';
import { RowWriter } from '../store/row-writer';
import { entityToColumns, type TableName } from '../store/tables';
import { OPERATIONS_CATALOGUES } from '../catalogues/operations';
import { tableExists } from './records';

/** resources/sample/northwind-operations.json, validated with the same schemas as the API's inputs. */
const OperationsSample = z.object({
  pilotGroups: z.array(PilotGroupFields),
  exitCriteria: z.array(ExitCriterionFields),
  findings: z.array(FindingFields),
  pilotDecisions: z.array(PilotDecisionInput),
  deployment: DeploymentPlanPatch,
  waves: z.array(WaveFields.extend({
    gateCriteria: z.array(GateCriterionFields.omit({ waveId: true })),
    gateDecisions: z.array(z.object({ outcome: z.enum(GATE_OUTCOMES), decidedOn: IsoDate, rationale: z.string().min(1), signOffs: z.array(SignOff).min(1) })),
  })),
  support: z.array(SupportItemFields),
  kpis: z.array(KpiFields.extend({ measurements: z.array(z.tuple([z.string(), z.number()])) })),
  monitorItems: z.array(MonitorItemFields),
  controls: z.array(ControlFields),
  risks: z.array(RiskFields.extend({ controls: z.array(z.string()) })),
  policies: z.array(PolicyFields),
  charter: z.object({ purpose: z.string(), boundaries: z.string(), successCriteria: z.string() }),
  reviewers: z.array(CharterReviewerFields),
  severityLevels: z.array(SeverityLevelFields),
  runbooks: z.array(RunbookFields),
  drills: z.array(DrillFields),
  incidents: z.array(IncidentFields),
  contingencyPlans: z.array(ContingencyPlanFields),
  compliance: z.object({
    frameworks: z.array(z.enum(FRAMEWORKS)),
    defaults: z.object({ applies: z.enum(APPLIES), status: z.enum(COMPLIANCE_STATUSES) }),
    items: z.array(z.object({ ref: z.string(), applies: z.enum(APPLIES).optional(), status: z.enum(COMPLIANCE_STATUSES).optional(), evidence: z.string().optional() })),
  }),
});

export const NORTHWIND_OPERATIONS = OperationsSample.parse(sample);

/** Steps 7 to 10 of the Northwind sample: a pilot in claims and customer service, two waves, KPIs, risks and governance. */
export function seedOperations(db: Database.Database, context: SeedContext): void {
  const s = NORTHWIND_OPERATIONS;
  const rows = new RowWriter(db);
  const audit = new AuditTrail(db, context.actor);
  const add = (table: TableName, fields: Record<string, unknown>, order?: number) => {
    const id = crypto.randomUUID();
    rows.insert(table, { id, ...entityToColumns(table, fields), ...(order === undefined ? {} : { sort_order: order }) });
    return id;
  };
  const addAll = (table: TableName, list: readonly Record<string, unknown>[]) => list.map((fields, i) => add(table, fields, i));
  // Decisions name team members when the team's sample has them (matched by name), else the name alone.
  const memberId = (name: string): string | null => {
    if (!tableExists(db, 'team_member')) return null;
    const row = db.prepare('SELECT id FROM team_member WHERE name = ?').get(name) as { id: string } | undefined;
    return row?.id ?? null;
  };

  addAll('pilot_group', s.pilotGroups);
  addAll('pilot_criterion', s.exitCriteria);
  addAll('pilot_finding', s.findings);
  for (const d of s.pilotDecisions) {
    const id = add('pilot_decision', { outcome: d.outcome, decidedOn: d.decidedOn, decidedById: memberId(d.decidedBy.name), decidedByName: d.decidedBy.name, rationale: d.rationale, recordedAt: context.now, recordedBy: context.actor });
    audit.write({ at: context.now, action: 'decision', table: 'pilot_decision', rowId: id, summary: `Pilot decision by ${d.decidedBy.name}: ${PILOT_OUTCOME_LABELS[d.outcome]}` });
  }

  rows.update('deployment_plan', 'plan', entityToColumns('deployment_plan', s.deployment));
  s.waves.forEach(({ gateCriteria, gateDecisions, ...wave }, i) => {
    const waveId = add('wave', wave, i);
    gateCriteria.forEach((c, j) => add('gate_criterion', { ...c, waveId }, j));
    for (const d of gateDecisions) {
      const signOffs = d.signOffs.map((so) => ({ ...so, memberId: memberId(so.name) }));
      const id = add('gate_decision', { ...d, waveId, signOffs, recordedAt: context.now, recordedBy: context.actor });
      audit.write({ at: context.now, action: 'decision', table: 'gate_decision', rowId: id, summary: `${d.outcome === 'go' ? 'Go' : 'No go'} for wave "${wave.name}"` });
    }
  });
  addAll('support_item', s.support);

  s.kpis.forEach(({ measurements, ...kpi }, i) => {
    const kpiId = add('kpi', kpi, i);
    for (const [measuredOn, value] of measurements) add('kpi_measurement', { kpiId, measuredOn, value, note: '' });
  });
  addAll('monitor_item', s.monitorItems);

  const controlIds = new Map(s.controls.map((c, i) => [c.name, add('control', c, i)]));
  s.risks.forEach(({ controls, ...risk }, i) => {
    const riskId = add('risk', risk, i);
    for (const name of controls) {
      const controlId = controlIds.get(name);
      if (!controlId) throw new Error(`Sample risk "${risk.title}" names an unknown control "${name}"`);
      add('risk_control', { riskId, controlId });
    }
  });
  addAll('policy', s.policies);
  rows.update('governance_charter', 'charter', entityToColumns('governance_charter', s.charter));
  addAll('charter_reviewer', s.reviewers.map((r) => ({ ...r, memberId: memberId(r.name) })));
  addAll('severity_level', s.severityLevels);
  addAll('runbook', s.runbooks);
  addAll('drill', s.drills);
  addAll('incident', s.incidents);
  addAll('contingency_plan', s.contingencyPlans);

  const overrides = new Map(s.compliance.items.map((item) => [item.ref, item]));
  const items = OPERATIONS_CATALOGUES.compliance.items.filter((item) => s.compliance.frameworks.includes(item.framework));
  addAll('compliance_item', items.map((item) => {
    const o = overrides.get(item.ref);
    return { framework: item.framework, ref: item.ref, title: item.title, applies: o?.applies ?? s.compliance.defaults.applies, status: o?.status ?? s.compliance.defaults.status, evidence: o?.evidence ?? '' };
  }));
}
