/**
 * How entity tables map to the camelCase objects of shared/schemas. One entry per table; the
 * edit recorder, undo/redo and the repositories all read this, so a new entity needs one line here.
 */
export interface TableSpec {
  /** The entity name used in the audit trail. */
  entity: string;
  /** Columns stored as 0/1 that the API shows as booleans. */
  booleans?: readonly string[];
  /** Columns holding JSON text that the API shows as values. */
  json?: readonly string[];
  /** The column the API calls `key` instead of `id` (steps are addressed by their key). */
  idAs?: string;
}

export const TABLES = {
  project: { entity: 'project' },
  step: { entity: 'step', idAs: 'key' },
  task: { entity: 'task', booleans: ['is_milestone'] },
  dependency: { entity: 'dependency' },
  calendar: { entity: 'calendar', json: ['working_weekdays'] },
  holiday: { entity: 'holiday' },
  baseline: { entity: 'baseline' },
  baseline_task: { entity: 'baseline task' },
  team_function: { entity: 'team function', booleans: ['uses_models'] },
  team_member: { entity: 'team member', json: ['decision_rights'] },
  raci_assignment: { entity: 'RACI assignment' },
  escalation_level: { entity: 'escalation level' },
  principle: { entity: 'principle' },
  use_case: { entity: 'use case' },
  requirement: { entity: 'requirement', json: ['requesting_function_ids', 'use_case_ids'] },
  stakeholder_group: { entity: 'stakeholder group' },
  comm_item: { entity: 'communication item' },
  feedback_item: { entity: 'feedback item' },
  training_audience: { entity: 'training audience' },
  training_module: { entity: 'training module', json: ['topics'] },
  training_need: { entity: 'training need' },
  training_session: { entity: 'training session' },
  training_enrolment: { entity: 'training enrolment' },
  vendor: { entity: 'vendor', json: ['documents'] },
  criterion_group: { entity: 'criterion group' },
  criterion: { entity: 'criterion', booleans: ['must_have'], json: ['descriptors'] },
  criterion_requirement: { entity: 'criterion requirement link' },
  evaluator: { entity: 'evaluator', booleans: ['anonymous'] },
  score: { entity: 'score' },
  knockout_result: { entity: 'knock-out result' },
  ahp_comparison: { entity: 'pairwise comparison' },
  vendor_evaluation: { entity: 'vendor evaluation', booleans: ['revealed'] },
  vendor_decision: { entity: 'vendor decision' },
  pilot_group: { entity: 'pilot group', booleans: ['is_control'] },
  pilot_criterion: { entity: 'pilot exit criterion' },
  pilot_finding: { entity: 'pilot finding' },
  pilot_decision: { entity: 'pilot decision' },
  deployment_plan: { entity: 'deployment plan' },
  wave: { entity: 'wave', booleans: ['helpdesk_ready'] },
  gate_criterion: { entity: 'gate criterion', booleans: ['met'] },
  gate_decision: { entity: 'gate decision', json: ['sign_offs'] },
  support_item: { entity: 'support item', booleans: ['done'] },
  kpi: { entity: 'KPI' },
  kpi_measurement: { entity: 'KPI measurement' },
  monitor_item: { entity: 'monitoring item' },
  risk: { entity: 'risk' },
  control: { entity: 'control' },
  risk_control: { entity: 'risk control link' },
  policy: { entity: 'policy' },
  governance_charter: { entity: 'governance charter' },
  charter_reviewer: { entity: 'charter reviewer' },
  severity_level: { entity: 'severity level' },
  runbook: { entity: 'runbook' },
  drill: { entity: 'drill' },
  incident: { entity: 'incident' },
  contingency_plan: { entity: 'contingency plan' },
  compliance_item: { entity: 'compliance item' },
  budget_settings: { entity: 'budget settings', json: ['exchange_rates'] },
  cost_line: { entity: 'cost line' },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, unknown> & { id: string };

/** Memoised: a 5,000-task plan converts 100,000 column names per read, all from a few dozen distinct ones. */
const camelNames = new Map<string, string>();
const toCamel = (column: string) => {
  let field = camelNames.get(column);
  if (field === undefined) {
    field = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    camelNames.set(column, field);
  }
  return field;
};
const toSnake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** How one column of one table becomes a field: its name and whether it is a boolean or JSON text. */
interface FieldPlan {
  field: string;
  kind: 'plain' | 'boolean' | 'json';
}

/** Memoised per table and column: reading the 100,000+ scores of a large evaluation converts each row cheaply. */
const fieldPlans = new Map<TableName, Map<string, FieldPlan>>();

function planFor(table: TableName, column: string, plans: Map<string, FieldPlan>): FieldPlan {
  const spec: TableSpec = TABLES[table];
  const plan: FieldPlan = {
    field: column === 'id' && spec.idAs ? spec.idAs : toCamel(column),
    kind: spec.booleans?.includes(column) ? 'boolean' : spec.json?.includes(column) ? 'json' : 'plain',
  };
  plans.set(column, plan);
  return plan;
}

export function rowToEntity<T>(table: TableName, row: Row): T {
  let plans = fieldPlans.get(table);
  if (!plans) fieldPlans.set(table, (plans = new Map()));
  const entity: Record<string, unknown> = {};
  for (const column of Object.keys(row)) {
    const { field, kind } = plans.get(column) ?? planFor(table, column, plans);
    const value = row[column];
    entity[field] = kind === 'plain' ? value : kind === 'boolean' ? value === 1 : typeof value === 'string' ? JSON.parse(value) : value;
  }
  return entity as T;
}

/** The inverse of rowToEntity for the fields present (a patch may carry only some). */
export function entityToColumns(table: TableName, fields: Record<string, unknown>): Record<string, unknown> {
  const spec: TableSpec = TABLES[table];
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const column = spec.idAs && field === spec.idAs ? 'id' : toSnake(field);
    let out = value;
    if (spec.booleans?.includes(column)) out = value ? 1 : 0;
    else if (spec.json?.includes(column)) out = JSON.stringify(value);
    columns[column] = out;
  }
  return columns;
}

export function isTableName(name: string): name is TableName {
  return Object.prototype.hasOwnProperty.call(TABLES, name);
}
