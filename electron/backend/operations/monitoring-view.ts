import type Database from 'better-sqlite3';
import type { MonitoringView } from '../../../shared/api/methods/operations';
import { isOverdue, monitoringWarnings, nextDue, summariseKpi } from '../../../shared/rules/monitoring';
import type { Kpi, Measurement, MonitorItem } from '../../../shared/schemas/monitoring';
import { groupBy, readAll } from './records';

export function readMonitoring(db: Database.Database, today: string): MonitoringView {
  const kpis = readAll<Kpi>(db, 'kpi');
  const measurements = groupBy(readAll<Measurement>(db, 'kpi_measurement', 'measured_on, rowid'), (m) => m.kpiId);
  const views = kpis.map((kpi) => {
    const list = measurements.get(kpi.id) ?? [];
    return { kpi, measurements: list, summary: summariseKpi(kpi, list, today) };
  });
  const items = readAll<MonitorItem>(db, 'monitor_item').map((item) => ({
    ...item,
    nextDue: nextDue(item.lastDone, item.frequency),
    overdue: isOverdue(item.lastDone, item.frequency, today),
  }));
  return { kpis: views, items, warnings: monitoringWarnings(views, items, today) };
}
