import type { z } from 'zod';
import { GateCriterionFields, SupportItemFields, WaveFields } from './deployment';
import {
  CharterReviewerFields, ComplianceItemFields, ContingencyPlanFields, ControlFields, DrillFields, IncidentFields, PolicyFields,
  RiskFields, RunbookFields, SeverityLevelFields, evidenceWhenDone, residualAsPair, reviewBeforeClosing, testedWhenResult,
} from './governance';
import { KpiFields, MeasurementFields, MonitorItemFields, thresholdsInOrder } from './monitoring';
import { ExitCriterionFields, FindingFields, PilotGroupFields, endNotBeforeStart, resolutionWhenResolved } from './pilot';

type Refine = (value: Record<string, unknown>, ctx: z.RefinementCtx) => void;

/**
 * The list-like records of steps 7 to 10 share one create/update/delete/move API. Each collection names its table,
 * its fields (validated on create, and merged with the stored record on update), the cross-field rule, the field that
 * names a record in undo labels, and the parent whose records are ordered together.
 */
export interface CollectionDef {
  table: string;
  noun: string;
  fields: z.ZodObject;
  refine?: Refine;
  nameField: string;
  /** Records ordered by the user have a sort_order; others (measurements) are ordered by date. */
  ordered: boolean;
  /** The field holding the parent's id: records are ordered within their parent. */
  parentField?: string;
}

const def = <F extends z.ZodObject>(d: CollectionDef & { fields: F }) => d;

export const COLLECTIONS = {
  pilotGroup: def({ table: 'pilot_group', noun: 'pilot group', fields: PilotGroupFields, refine: endNotBeforeStart as Refine, nameField: 'name', ordered: true }),
  exitCriterion: def({ table: 'pilot_criterion', noun: 'exit criterion', fields: ExitCriterionFields, nameField: 'metric', ordered: true }),
  finding: def({ table: 'pilot_finding', noun: 'finding', fields: FindingFields, refine: resolutionWhenResolved as Refine, nameField: 'title', ordered: true }),
  wave: def({ table: 'wave', noun: 'wave', fields: WaveFields, refine: endNotBeforeStart as Refine, nameField: 'name', ordered: true }),
  gateCriterion: def({ table: 'gate_criterion', noun: 'gate criterion', fields: GateCriterionFields, nameField: 'text', ordered: true, parentField: 'waveId' }),
  supportItem: def({ table: 'support_item', noun: 'support item', fields: SupportItemFields, nameField: 'text', ordered: true }),
  kpi: def({ table: 'kpi', noun: 'KPI', fields: KpiFields, refine: thresholdsInOrder as Refine, nameField: 'name', ordered: true }),
  measurement: def({ table: 'kpi_measurement', noun: 'measurement', fields: MeasurementFields, nameField: 'measuredOn', ordered: false, parentField: 'kpiId' }),
  monitorItem: def({ table: 'monitor_item', noun: 'monitoring item', fields: MonitorItemFields, nameField: 'name', ordered: true }),
  risk: def({ table: 'risk', noun: 'risk', fields: RiskFields, refine: residualAsPair as Refine, nameField: 'title', ordered: true }),
  control: def({ table: 'control', noun: 'control', fields: ControlFields, refine: testedWhenResult as Refine, nameField: 'name', ordered: true }),
  policy: def({ table: 'policy', noun: 'policy', fields: PolicyFields, nameField: 'title', ordered: true }),
  charterReviewer: def({ table: 'charter_reviewer', noun: 'charter reviewer', fields: CharterReviewerFields, nameField: 'name', ordered: true }),
  severityLevel: def({ table: 'severity_level', noun: 'severity level', fields: SeverityLevelFields, nameField: 'level', ordered: true }),
  runbook: def({ table: 'runbook', noun: 'runbook', fields: RunbookFields, nameField: 'title', ordered: true }),
  drill: def({ table: 'drill', noun: 'drill', fields: DrillFields, nameField: 'title', ordered: true }),
  incident: def({ table: 'incident', noun: 'incident', fields: IncidentFields, refine: reviewBeforeClosing as Refine, nameField: 'title', ordered: true }),
  contingencyPlan: def({ table: 'contingency_plan', noun: 'contingency plan', fields: ContingencyPlanFields, nameField: 'trigger', ordered: true }),
  complianceItem: def({ table: 'compliance_item', noun: 'compliance item', fields: ComplianceItemFields, refine: evidenceWhenDone as Refine, nameField: 'title', ordered: true }),
} as const;

export type CollectionKey = keyof typeof COLLECTIONS;
export const COLLECTION_KEYS = Object.keys(COLLECTIONS) as [CollectionKey, ...CollectionKey[]];

/** The create input of each collection, typed for callers (the backend validates against COLLECTIONS). */
export type CollectionFields<C extends CollectionKey> = z.input<(typeof COLLECTIONS)[C]['fields']>;
