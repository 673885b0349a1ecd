import { COST_CATEGORIES, COST_TYPES, type CostLine } from '../../shared/schemas/budget';
import type { StakeholderGroup } from '../../shared/schemas/communications';
import type { Risk } from '../../shared/schemas/governance';
import type { Kpi, Measurement } from '../../shared/schemas/monitoring';
import { STEP_KEYS } from '../../shared/steps';
import type { RowWriter } from '../../electron/backend/store/row-writer';
import { entityToColumns } from '../../electron/backend/store/tables';
import type { SeededRandom } from './random';

const RISK_CATEGORIES = ['own:data-provenance', 'own:model-drift', 'own:hallucination', 'own:data-leakage', 'own:bias', 'own:cost-overrun', 'own:low-adoption', 'GAI-01', 'GAI-04', 'LLM01', 'LLM02', 'LLM06'];
const FUNCTIONS = ['Claims', 'Underwriting', 'Customer service', 'HR', 'Legal', 'IT', 'Finance', 'Sales'];

function month(startYear: number, offset: number): string {
  return `${startYear + Math.floor(offset / 12)}-${String((offset % 12) + 1).padStart(2, '0')}`;
}

/** Cost lines over four years in the project's currency, some linked to steps and vendors. */
export function writeBudget(rows: RowWriter, random: SeededRandom, count: number, vendorIds: string[], currency: CostLine['currency']): void {
  for (let i = 0; i < count; i++) {
    const start = random.int(0, 40);
    const costType = random.pick(COST_TYPES);
    const line: CostLine = {
      id: random.uuid(), category: random.pick(COST_CATEGORIES), description: `Cost line ${i + 1}`, stepKey: random.chance(0.6) ? random.pick(STEP_KEYS) : null,
      waveId: null, vendorId: random.chance(0.2) && vendorIds.length > 0 ? random.pick(vendorIds) : null, taskId: null, costType,
      quantity: costType === 'per_seat_month' ? random.int(10, 2_400) : random.int(1, 20), unitCost: random.int(100, 500_000), currency,
      startMonth: month(2027, start), endMonth: month(2027, start + (costType === 'one_off' ? 0 : random.int(0, 7))), scheduleFrom: 'line',
      committed: random.chance(0.3) ? random.int(0, 1_000_000) : 0, actual: random.chance(0.2) ? random.int(0, 800_000) : 0, notes: '', sortOrder: i,
    };
    rows.insert('cost_line', entityToColumns('cost_line', line));
  }
  rows.update('budget_settings', 'budget', { approved_budget: 2_500_000_000, planned_users: 2_400 });
}

export function writeRisks(rows: RowWriter, random: SeededRandom, count: number): void {
  for (let i = 0; i < count; i++) {
    const treated = random.chance(0.6);
    const risk: Risk = {
      id: random.uuid(), title: `Risk ${i + 1}: ${random.pick(FUNCTIONS)} ${random.pick(['data', 'adoption', 'quality', 'cost', 'vendor'])}`, category: random.pick(RISK_CATEGORIES),
      cause: '', likelihood: random.int(1, 5), impact: random.int(1, 5), owner: random.pick(FUNCTIONS), treatment: random.pick(['mitigate', 'transfer', 'avoid', 'accept'] as const),
      residualLikelihood: treated ? random.int(1, 3) : null, residualImpact: treated ? random.int(1, 3) : null, reviewDate: null,
      status: random.pick(['open', 'open', 'monitoring', 'closed'] as const), sortOrder: i,
    };
    rows.insert('risk', entityToColumns('risk', risk));
  }
}

export function writeStakeholders(rows: RowWriter, random: SeededRandom, count: number): void {
  for (let i = 0; i < count; i++) {
    const group: StakeholderGroup = {
      id: random.uuid(), name: `${FUNCTIONS[i % FUNCTIONS.length]} group ${i + 1}`, size: random.int(5, 400),
      influence: random.pick(['low', 'medium', 'high'] as const), interest: random.pick(['low', 'medium', 'high'] as const), concerns: '', sortOrder: i,
    };
    rows.insert('stakeholder_group', entityToColumns('stakeholder_group', group));
  }
}

/** KPIs with thresholds on the bad side of the target, and measurements spread over them, weekly from 2027. */
export function writeKpis(rows: RowWriter, random: SeededRandom, kpiCount: number, measurementCount: number): void {
  const kpiIds: string[] = [];
  for (let i = 0; i < kpiCount; i++) {
    const higher = random.chance(0.7);
    const kpi: Kpi = {
      id: random.uuid(), name: `KPI ${i + 1}`, category: random.pick(['adoption', 'value', 'risk_quality', 'operations_cost'] as const), unit: '%',
      target: higher ? 70 : 10, direction: higher ? 'higher' : 'lower', warning: higher ? 50 : 20, critical: higher ? 30 : 35, owner: '',
      frequency: 'weekly', libraryId: null, sortOrder: i,
    };
    kpiIds.push(kpi.id);
    rows.insert('kpi', entityToColumns('kpi', kpi));
  }
  for (let i = 0; i < measurementCount; i++) {
    const week = Math.floor(i / Math.max(1, kpiIds.length));
    const day = new Date(Date.UTC(2027, 0, 4 + week * 7)).toISOString().slice(0, 10);
    const measurement: Measurement = { id: random.uuid(), kpiId: kpiIds[i % kpiIds.length] ?? '', measuredOn: day, value: random.int(0, 100), note: '' };
    rows.insert('kpi_measurement', entityToColumns('kpi_measurement', measurement));
  }
}
