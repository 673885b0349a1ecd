import type { CostLine } from '../../../shared/schemas/budget';
import { DEFAULT_BUDGET_SETTINGS, type BudgetSettings } from '../../../shared/schemas/budget';

let counter = 0;

/** A cost line with sensible defaults; tests override what they are about. */
export function line(overrides: Partial<CostLine> = {}): CostLine {
  counter++;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    sortOrder: counter,
    category: 'licences',
    description: `Line ${counter}`,
    stepKey: null,
    waveId: null,
    vendorId: null,
    taskId: null,
    costType: 'monthly',
    quantity: 1,
    unitCost: 1_000_00,
    currency: 'EUR',
    startMonth: '2027-01',
    endMonth: '2027-12',
    scheduleFrom: 'line',
    committed: 0,
    actual: 0,
    notes: '',
    ...overrides,
  };
}

export function settings(overrides: Partial<BudgetSettings> = {}): BudgetSettings {
  return { ...DEFAULT_BUDGET_SETTINGS, ...overrides };
}

export const NO_LINKS = { tasks: new Map(), waves: new Map() };
