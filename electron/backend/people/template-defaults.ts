import crypto from 'node:crypto';
import type { RowWriter } from '../store/row-writer';

/**
 * The organisational functions a rollout usually has to involve (step 1), seeded into a project made from the
 * template. "Will use the models" starts true for the functions whose own staff typically get the assistant and false
 * for those that mainly govern it; the business units are the user's to add.
 */
export const DEFAULT_FUNCTIONS: readonly { name: string; usesModels: boolean }[] = [
  { name: 'Leadership', usesModels: false },
  { name: 'IT', usesModels: true },
  { name: 'Security', usesModels: false },
  { name: 'Legal', usesModels: true },
  { name: 'Privacy and compliance', usesModels: false },
  { name: 'HR', usesModels: true },
  { name: 'Finance', usesModels: true },
  { name: 'Operations', usesModels: true },
  { name: 'Procurement', usesModels: false },
  { name: 'Communications', usesModels: true },
];

export function seedDefaultFunctions(rows: RowWriter): void {
  DEFAULT_FUNCTIONS.forEach((fn, index) => {
    rows.insert('team_function', { id: crypto.randomUUID(), name: fn.name, uses_models: fn.usesModels ? 1 : 0, sort_order: index });
  });
}
