import { z } from 'zod';
import { IsoDate, Name, Text } from './common';
import { Measure } from './pilot';

/** Step 9: KPIs with thresholds, their measurements, security monitoring and the review schedule. */

export const KPI_CATEGORIES = ['adoption', 'value', 'risk_quality', 'operations_cost'] as const;
export type KpiCategory = (typeof KPI_CATEGORIES)[number];
export const KPI_CATEGORY_LABELS: Record<KpiCategory, string> = {
  adoption: 'Adoption',
  value: 'Value',
  risk_quality: 'Risk and quality',
  operations_cost: 'Operations and cost',
};

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = { higher: 'Higher is better', lower: 'Lower is better' };

export const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABELS: Record<Frequency, string> = { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly' };

const KpiFieldsBase = z.object({
  name: Name('KPI name', 300),
  category: z.enum(KPI_CATEGORIES, { message: 'Choose a category' }),
  unit: Text(40),
  target: Measure,
  direction: z.enum(DIRECTIONS, { message: 'Choose whether higher or lower is better' }),
  warning: Measure,
  critical: Measure,
  owner: Text(200),
  frequency: z.enum(FREQUENCIES, { message: 'Choose how often it is measured' }),
  libraryId: z.string().max(40).nullable(),
});
export const KpiFields = KpiFieldsBase;
export type Kpi = z.infer<typeof KpiFields> & { id: string; sortOrder: number };

/** The thresholds must lie on the bad side of the target, critical beyond warning, or the status would be nonsense. */
export function thresholdsInOrder(value: Partial<z.infer<typeof KpiFieldsBase>>, ctx: z.RefinementCtx) {
  const { direction, target, warning, critical } = value;
  if (direction === undefined || target === undefined || warning === undefined || critical === undefined) return;
  if (direction === 'higher') {
    if (warning > target) ctx.addIssue({ code: 'custom', path: ['warning'], message: 'When higher is better, the warning threshold is at or below the target' });
    if (critical > warning) ctx.addIssue({ code: 'custom', path: ['critical'], message: 'When higher is better, the critical threshold is at or below the warning threshold' });
  } else {
    if (warning < target) ctx.addIssue({ code: 'custom', path: ['warning'], message: 'When lower is better, the warning threshold is at or above the target' });
    if (critical < warning) ctx.addIssue({ code: 'custom', path: ['critical'], message: 'When lower is better, the critical threshold is at or above the warning threshold' });
  }
}

export const MeasurementFields = z.object({
  kpiId: z.uuid({ message: 'Choose a KPI' }),
  measuredOn: IsoDate,
  value: Measure,
  note: Text(1_000),
});
export type Measurement = z.infer<typeof MeasurementFields> & { id: string };

export const MONITOR_KINDS = ['security', 'technology_review', 'training_review', 'feedback'] as const;
export type MonitorKind = (typeof MONITOR_KINDS)[number];
export const MONITOR_KIND_LABELS: Record<MonitorKind, string> = {
  security: 'Security monitoring',
  technology_review: 'Technology review',
  training_review: 'Training review',
  feedback: 'Feedback review',
};

export const MonitorItemFields = z.object({
  kind: z.enum(MONITOR_KINDS, { message: 'Choose a kind' }),
  name: Name('Item', 300),
  description: Text(2_000),
  owner: Text(200),
  frequency: z.enum(FREQUENCIES, { message: 'Choose how often' }),
  lastDone: IsoDate.nullable(),
});
export type MonitorItem = z.infer<typeof MonitorItemFields> & { id: string; sortOrder: number };

export const PasteMeasurementsInput = z.object({ kpiId: z.uuid(), text: z.string().max(200_000) }).strict();
