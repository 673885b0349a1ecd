import { z } from 'zod';
import type { Mutation } from '../contract';
import { Empty, method } from '../method';
import { Uuid } from '../../schemas/common';
import { COLLECTION_KEYS } from '../../schemas/operations';
import type { OperationsCatalogues } from '../../schemas/operations-catalogues';
import { PilotDecisionInput, type ExitCriterion, type Finding, type PilotDecision, type PilotGroup } from '../../schemas/pilot';
import { DeploymentPlanPatch, GateDecisionInput, type DeploymentPlan, type GateCriterion, type SupportItem, type Wave } from '../../schemas/deployment';
import { PasteMeasurementsInput, type Kpi, type Measurement, type MonitorItem } from '../../schemas/monitoring';
import {
  CharterPatch, FRAMEWORKS, LinkControlInput,
  type Charter, type CharterReviewer, type ComplianceItem, type ContingencyPlan, type Control, type Drill, type Incident, type Policy, type Risk,
  type Runbook, type SeverityLevel,
} from '../../schemas/governance';
import type { CriterionResult, PilotSummary } from '../../rules/pilot';
import type { GateSummary, WavePhase } from '../../rules/deployment';
import type { KpiSummary, PasteError } from '../../rules/monitoring';
import type { RiskLevel } from '../../rules/governance';

export interface PilotView {
  groups: PilotGroup[];
  criteria: (ExitCriterion & { result: CriterionResult })[];
  findings: Finding[];
  /** Newest first; the first is the decision in force. */
  decisions: PilotDecision[];
  summary: PilotSummary;
  warnings: string[];
}

export interface WaveView {
  wave: Wave;
  phase: WavePhase;
  criteria: GateCriterion[];
  gate: GateSummary;
}
export interface DeploymentView {
  plan: DeploymentPlan;
  waves: WaveView[];
  support: SupportItem[];
  warnings: string[];
}

export interface KpiView {
  kpi: Kpi;
  /** Oldest first. */
  measurements: Measurement[];
  summary: KpiSummary;
}
export interface MonitoringView {
  kpis: KpiView[];
  items: (MonitorItem & { nextDue: string | null; overdue: boolean })[];
  warnings: string[];
}

export interface RiskView extends Risk {
  score: number;
  level: RiskLevel;
  residualScore: number | null;
  controlIds: string[];
  reviewOverdue: boolean;
}
export interface EscalationStep {
  issueKind: string;
  escalateTo: string;
  withinHours: number;
}
export interface GovernanceView {
  risks: RiskView[];
  controls: (Control & { riskIds: string[] })[];
  policies: (Policy & { overdue: boolean })[];
  charter: Charter;
  reviewers: CharterReviewer[];
  severityLevels: SeverityLevel[];
  /** The escalation path of step 1, when the team's records exist in this file. */
  escalation: EscalationStep[];
  runbooks: Runbook[];
  drills: Drill[];
  incidents: Incident[];
  contingencyPlans: ContingencyPlan[];
  compliance: ComplianceItem[];
  warnings: string[];
}

/** People who may decide: team members holding the go/no-go right when the team exists, else nobody (free text). */
export interface DecisionPeople {
  source: 'team' | 'none';
  members: { id: string; name: string; role: string; canDecide: boolean }[];
}

export interface OperationsOverview {
  heatMap: number[][];
  openRisks: number;
  highRisks: number;
  offTargetKpis: { id: string; name: string; unit: string; status: 'warning' | 'critical'; value: number; measuredOn: string; target: number }[];
  gates: { waveId: string; waveName: string; startDate: string | null; status: GateSummary['status']; criteriaMet: number; criteriaTotal: number }[];
  decisions: { kind: 'pilot' | 'gate'; subject: string; outcome: string; decidedOn: string; decidedBy: string }[];
  pilot: PilotSummary;
  openIncidents: number;
}

const Collection = z.enum(COLLECTION_KEYS, { message: 'Unknown kind of record' });
/** Field values are checked by the collection's own schema in the backend, so messages name the field. */
const Values = z.record(z.string(), z.unknown());

export const operationsMethods = {
  'ops.create': method(z.object({ collection: Collection, fields: Values }).strict()).returns<Mutation<{ id: string }>>(),
  'ops.update': method(z.object({ collection: Collection, id: Uuid, patch: Values }).strict()).returns<Mutation<{ id: string }>>(),
  'ops.delete': method(z.object({ collection: Collection, id: Uuid }).strict()).returns<Mutation<null>>(),
  'ops.move': method(z.object({ collection: Collection, id: Uuid, direction: z.enum(['up', 'down']) }).strict()).returns<Mutation<null>>(),
  'ops.catalogues': method(Empty).returns<OperationsCatalogues>(),
  'ops.people': method(Empty).returns<DecisionPeople>(),
  'ops.overview': method(Empty).returns<OperationsOverview>(),

  'pilot.get': method(Empty).returns<PilotView>(),
  'pilot.decide': method(z.object({ decision: PilotDecisionInput }).strict()).returns<Mutation<PilotDecision>>(),

  'deployment.get': method(Empty).returns<DeploymentView>(),
  'deployment.updatePlan': method(z.object({ patch: DeploymentPlanPatch }).strict()).returns<Mutation<DeploymentPlan>>(),
  'deployment.decideGate': method(z.object({ decision: GateDecisionInput }).strict()).returns<Mutation<{ id: string }>>(),

  'monitoring.get': method(Empty).returns<MonitoringView>(),
  'monitoring.paste': method(PasteMeasurementsInput).returns<Mutation<{ added: number; errors: PasteError[] }>>(),
  'monitoring.addFromLibrary': method(z.object({ libraryIds: z.array(z.string().min(1).max(40)).min(1, 'Choose at least one KPI').max(100) }).strict()).returns<Mutation<{ added: number }>>(),

  'governance.get': method(Empty).returns<GovernanceView>(),
  'governance.linkControl': method(LinkControlInput).returns<Mutation<null>>(),
  'governance.updateCharter': method(z.object({ patch: CharterPatch }).strict()).returns<Mutation<Charter>>(),
  'governance.addCompliance': method(z.object({ framework: z.enum(FRAMEWORKS) }).strict()).returns<Mutation<{ added: number }>>(),
} as const;
