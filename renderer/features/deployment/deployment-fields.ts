import type { FieldDef } from '../../components/records/record-fields';

export const WAVE_FIELDS: FieldDef[] = [
  { key: 'name', label: 'Wave name', kind: 'text' },
  { key: 'audiences', label: 'Functions and audiences', kind: 'text' },
  { key: 'headcount', label: 'Headcount', kind: 'number', step: 1 },
  { key: 'startDate', label: 'Start', kind: 'date', nullable: true },
  { key: 'endDate', label: 'End', kind: 'date', nullable: true },
  { key: 'hypercareDays', label: 'Hypercare (days)', kind: 'number', step: 1 },
  { key: 'helpdeskReady', label: 'Helpdesk ready for this wave', kind: 'checkbox' },
  { key: 'champions', label: 'Champions', kind: 'text' },
  { key: 'entryCriteria', label: 'Entry criteria', kind: 'textarea' },
  { key: 'exitCriteria', label: 'Exit criteria', kind: 'textarea' },
  { key: 'rollbackPlan', label: 'Rollback plan', kind: 'textarea', hint: 'How the wave is undone if it goes wrong' },
];

export const GATE_CRITERION_FIELDS: FieldDef[] = [
  { key: 'text', label: 'Criterion', kind: 'text' },
  { key: 'met', label: 'Met', kind: 'checkbox' },
  { key: 'evidence', label: 'Evidence', kind: 'text' },
];

export const SUPPORT_FIELDS: FieldDef[] = [
  { key: 'text', label: 'Item', kind: 'text' },
  { key: 'owner', label: 'Owner', kind: 'text' },
  { key: 'dueDate', label: 'Due', kind: 'date', nullable: true },
  { key: 'done', label: 'Done', kind: 'checkbox' },
];
