import { DIRECTION_LABELS, FREQUENCY_LABELS, KPI_CATEGORY_LABELS, MONITOR_KIND_LABELS } from '../../../shared/schemas/monitoring';
import { KPI_STATUS_LABELS, type KpiStatus } from '../../../shared/rules/monitoring';
import type { FieldDef } from '../../components/records/record-fields';
import { optionsOf } from '../operations/options';
import type { Tone } from '../operations/Pill';

export const KPI_FIELDS: FieldDef[] = [
  { key: 'name', label: 'KPI', kind: 'text' },
  { key: 'category', label: 'Category', kind: 'select', options: optionsOf(KPI_CATEGORY_LABELS) },
  { key: 'unit', label: 'Unit', kind: 'text' },
  { key: 'direction', label: 'Direction', kind: 'select', options: optionsOf(DIRECTION_LABELS) },
  { key: 'target', label: 'Target', kind: 'number' },
  { key: 'warning', label: 'Warning threshold', kind: 'number', hint: 'A value at or beyond it is a warning' },
  { key: 'critical', label: 'Critical threshold', kind: 'number', hint: 'A value at or beyond it is critical' },
  { key: 'owner', label: 'Owner', kind: 'text' },
  { key: 'frequency', label: 'Measured', kind: 'select', options: optionsOf(FREQUENCY_LABELS) },
];

export const MONITOR_FIELDS: FieldDef[] = [
  { key: 'kind', label: 'Kind', kind: 'select', options: optionsOf(MONITOR_KIND_LABELS) },
  { key: 'name', label: 'Item', kind: 'text' },
  { key: 'owner', label: 'Owner', kind: 'text' },
  { key: 'frequency', label: 'How often', kind: 'select', options: optionsOf(FREQUENCY_LABELS) },
  { key: 'lastDone', label: 'Last done', kind: 'date', nullable: true },
  { key: 'description', label: 'What is checked', kind: 'textarea' },
];

export const KPI_STATUS: Record<KpiStatus, { tone: Tone; label: string }> = {
  no_data: { tone: 'neutral', label: KPI_STATUS_LABELS.no_data },
  on_track: { tone: 'good', label: KPI_STATUS_LABELS.on_track },
  warning: { tone: 'warn', label: KPI_STATUS_LABELS.warning },
  critical: { tone: 'bad', label: KPI_STATUS_LABELS.critical },
};
