import {
  COMPARISON_LABELS, FINDING_CATEGORY_LABELS, FINDING_STATUS_LABELS, SEVERITY_LABELS,
} from '../../../shared/schemas/pilot';
import type { FieldDef } from '../../components/records/record-fields';
import { optionsOf } from '../operations/options';

export const GROUP_FIELDS: FieldDef[] = [
  { key: 'name', label: 'Group name', kind: 'text' },
  { key: 'functions', label: 'Functions', kind: 'text', hint: 'Which functions and sites take part' },
  { key: 'size', label: 'Size (people)', kind: 'number', step: 1 },
  { key: 'isControl', label: 'Control group (works without the assistant)', kind: 'checkbox' },
  { key: 'startDate', label: 'Start', kind: 'date', nullable: true },
  { key: 'endDate', label: 'End', kind: 'date', nullable: true },
  { key: 'composition', label: 'Composition', kind: 'textarea', hint: 'A cross-section of grades and sceptics, not volunteers only' },
];

export const CRITERION_FIELDS: FieldDef[] = [
  { key: 'metric', label: 'Metric', kind: 'text' },
  { key: 'comparison', label: 'Passes when the value is', kind: 'select', options: optionsOf(COMPARISON_LABELS) },
  { key: 'target', label: 'Target', kind: 'number' },
  { key: 'unit', label: 'Unit', kind: 'text' },
  { key: 'measured', label: 'Measured value', kind: 'number', nullable: true, hint: 'Leave empty until measured' },
  { key: 'evidence', label: 'Evidence', kind: 'textarea' },
];

export const FINDING_FIELDS: FieldDef[] = [
  { key: 'title', label: 'Finding', kind: 'text' },
  { key: 'category', label: 'Category', kind: 'select', options: optionsOf(FINDING_CATEGORY_LABELS) },
  { key: 'severity', label: 'Severity', kind: 'select', options: optionsOf(SEVERITY_LABELS) },
  { key: 'status', label: 'Status', kind: 'select', options: optionsOf(FINDING_STATUS_LABELS) },
  { key: 'owner', label: 'Owner', kind: 'text' },
  { key: 'raisedOn', label: 'Raised on', kind: 'date', nullable: true },
  { key: 'resolution', label: 'Resolution', kind: 'textarea', hint: 'Required once resolved or accepted' },
];

export const field = (fields: FieldDef[], key: string): FieldDef => {
  const found = fields.find((f) => f.key === key);
  if (!found) throw new Error(`No field ${key}`);
  return found;
};
