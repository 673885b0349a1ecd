import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Frequency, Kpi, Measurement, MonitorItem } from '../schemas/monitoring';
import { isIsoDate } from '../schemas/common';

export type KpiStatus = 'no_data' | 'on_track' | 'warning' | 'critical';
export const KPI_STATUS_LABELS: Record<KpiStatus, string> = { no_data: 'No data', on_track: 'On track', warning: 'Warning', critical: 'Critical' };

/** A value at the threshold counts as reaching it: "warning at 60%" means 60% is a warning. */
export function kpiStatusOf(kpi: Pick<Kpi, 'direction' | 'warning' | 'critical'>, value: number | null): KpiStatus {
  if (value === null) return 'no_data';
  if (kpi.direction === 'higher') {
    if (value <= kpi.critical) return 'critical';
    if (value <= kpi.warning) return 'warning';
    return 'on_track';
  }
  if (value >= kpi.critical) return 'critical';
  if (value >= kpi.warning) return 'warning';
  return 'on_track';
}

/** Measurements oldest first; ties keep their input order. */
export function byDate<M extends Pick<Measurement, 'measuredOn'>>(measurements: readonly M[]): M[] {
  return [...measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
}

const PERIOD_DAYS: Record<Frequency, number> = { weekly: 7, monthly: 31, quarterly: 92, yearly: 366 };

/** The date the next measurement (or review) is due: one period after the last, with no grace. */
export function nextDue(last: string | null, frequency: Frequency): string | null {
  if (!last) return null;
  // format() keeps the local calendar day; toISOString would shift it in time zones east of UTC.
  return format(addDays(parseISO(last), PERIOD_DAYS[frequency]), 'yyyy-MM-dd');
}

export function isOverdue(last: string | null, frequency: Frequency, today: string): boolean {
  const due = nextDue(last, frequency);
  return due !== null && differenceInCalendarDays(parseISO(today), parseISO(due)) > 0;
}

export interface KpiSummary {
  status: KpiStatus;
  latest: Pick<Measurement, 'measuredOn' | 'value'> | null;
  overdue: boolean;
}

export function summariseKpi(kpi: Pick<Kpi, 'direction' | 'warning' | 'critical' | 'frequency'>, measurements: readonly Pick<Measurement, 'measuredOn' | 'value'>[], today: string): KpiSummary {
  const latest = byDate(measurements).at(-1) ?? null;
  return {
    status: kpiStatusOf(kpi, latest?.value ?? null),
    latest: latest ? { measuredOn: latest.measuredOn, value: latest.value } : null,
    overdue: latest !== null && isOverdue(latest.measuredOn, kpi.frequency, today),
  };
}

export function monitoringWarnings(
  kpis: readonly { kpi: Pick<Kpi, 'name' | 'owner'>; summary: KpiSummary }[],
  items: readonly Pick<MonitorItem, 'name' | 'kind' | 'frequency' | 'lastDone'>[],
  today: string,
): string[] {
  if (kpis.length === 0) return ['No KPIs defined: say how success and risk will be measured'];
  const warnings: string[] = [];
  for (const { kpi, summary } of kpis) {
    if (summary.status === 'critical') warnings.push(`KPI "${kpi.name}" is critical`);
    if (summary.overdue) warnings.push(`KPI "${kpi.name}" has not been measured on schedule`);
    if (!kpi.owner.trim()) warnings.push(`KPI "${kpi.name}" has no owner`);
  }
  if (!items.some((i) => i.kind === 'security')) warnings.push('No security monitoring items (unauthorised access, breaches)');
  for (const item of items) {
    if (isOverdue(item.lastDone, item.frequency, today)) warnings.push(`"${item.name}" is overdue`);
  }
  return warnings;
}

export interface PastedRow {
  line: number;
  measuredOn: string;
  value: number;
}
export interface PasteError {
  line: number;
  message: string;
}

/** Spreadsheet dates arrive as 2026-11-02, 02.11.2026 or 02/11/2026 (day first, as in Europe). */
export function parsePastedDate(text: string): string | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Numbers as people paste them: "72%", "1,234.5", "12,5" (decimal comma), " 3 ". */
export function parsePastedNumber(text: string): number | null {
  let value = text.trim().replace(/%$/, '').replace(/\s/g, '');
  if (value === '') return null;
  if (value.includes(',') && value.includes('.')) value = value.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(value)) value = value.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * Rows of "date <tab> value" pasted from a spreadsheet (semicolons also separate). A first line that is not data
 * is taken as a header and skipped; every other bad line is reported by its number, and the good lines still count.
 */
export function parseMeasurementPaste(text: string): { rows: PastedRow[]; errors: PasteError[] } {
  const rows: PastedRow[] = [];
  const errors: PasteError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const cells = raw.split(/\t|;/).map((c) => c.trim());
    const [dateText = '', valueText = ''] = cells;
    const measuredOn = parsePastedDate(dateText);
    const value = parsePastedNumber(valueText);
    if (measuredOn && value !== null) {
      rows.push({ line, measuredOn, value });
      return;
    }
    const isHeader = rows.length === 0 && errors.length === 0 && measuredOn === null && value === null;
    if (isHeader) return;
    if (cells.length < 2) errors.push({ line, message: 'Expected a date and a value separated by a tab' });
    else if (!measuredOn) errors.push({ line, message: `"${dateText}" is not a date (use YYYY-MM-DD or DD.MM.YYYY)` });
    else errors.push({ line, message: `"${valueText}" is not a number` });
  });
  return { rows, errors };
}
