import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend } from '../electron/backend/api/backend';
import { exportData } from '../electron/backend/exports/data-exports';
import { openProjectFile } from '../electron/backend/project-file/project-file';
import { renderReportHtml, renderReportPdf } from '../electron/backend/reports';
import { TABLES } from '../electron/backend/store/tables';
import { createWebHost } from '../electron/backend/web/web-host';
import type { ProjectSchedule } from '../shared/schemas/timeline';
import { measured, unavailable, type Figure } from './figures';
import { repeat, timed } from './stats';

export interface NodeFigures {
  rawFloor: Figure;
  backendOpen: Figure;
  schedule: Figure;
  reports: Figure[];
  /** The app's schedule of the file, for bare frappe-gantt to draw the same tasks. */
  computedSchedule: ProjectSchedule;
}

/** The floor any open can reach: better-sqlite3 reading every row of every entity table, nothing else. */
function readAllRows(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  let rows = 0;
  try {
    for (const table of Object.keys(TABLES)) rows += db.prepare(`SELECT * FROM "${table}"`).all().length;
  } finally {
    db.close();
  }
  return rows;
}

function failure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `not available (${message.length > 80 ? `${message.slice(0, 77)}…` : message})`;
}

/** Times one report or export; a missing or failing renderer gives a "not available" row instead of a figure. */
async function reportFigure(base: Omit<Figure, 'summary'>, file: string, runs: number, render: (db: Database.Database) => Promise<unknown> | unknown, warmup = 1): Promise<Figure> {
  const project = openProjectFile(file);
  try {
    return measured(base, await repeat(runs, () => timed(() => render(project.db)), warmup));
  } catch (error) {
    return unavailable(base, failure(error));
  } finally {
    project.close();
  }
}

export async function measureNode(file: string, runs: number, log: (line: string) => void = () => undefined): Promise<NodeFigures> {
  const projectsDir = path.dirname(file);
  log('node: raw better-sqlite3 read');
  const rawFloor = measured(
    { id: 'raw-floor', label: 'Raw floor: better-sqlite3 reading every row of the file (Node)', statistic: 'median', unit: 'ms', target: null, targetText: 'printed beside the open time' },
    await repeat(runs, () => timed(() => readAllRows(file))),
  );

  log('node: backend open and schedule');
  const backend = createBackend(createWebHost(projectsDir, path.join(projectsDir, '..', 'bench-data'), 'benchmark'), () => undefined);
  let computedSchedule: ProjectSchedule | undefined;
  const call = async (method: string, input: unknown) => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  try {
    const openSamples = await repeat(runs, async () => {
      const ms = await timed(() => call('project.open', { path: file }));
      await call('project.close', {});
      return ms;
    });
    await call('project.open', { path: file });
    const scheduleSamples = await repeat(runs, () => timed(async () => {
      computedSchedule = (await call('schedule.get', {})) as ProjectSchedule;
    }));
    await call('project.close', {});
    const backendOpen = measured({ id: 'backend-open', label: 'Backend: project.open with its integrity checks (Node)', statistic: 'median', unit: 'ms', target: null, targetText: 'for comparison' }, openSamples);
    const schedule = measured({ id: 'backend-schedule', label: 'Backend: schedule.get, forward and backward pass (Node)', statistic: 'median', unit: 'ms', target: null, targetText: 'for comparison' }, scheduleSamples);

    // PDF and XLSX take seconds on XL: no warm-up run, at most three runs, to keep the suite under ten minutes.
    log('node: reports and exports');
    const reports = [
      await reportFigure({ id: 'report-html', label: 'Executive report HTML (Node)', statistic: 'median', unit: 'ms', target: 1_000, targetText: '<= 1 s' }, file, runs,
        (db) => renderReportHtml(db, 'executive')),
      await reportFigure({ id: 'report-pdf', label: 'Executive report PDF (Node + Chromium)', statistic: 'median', unit: 'ms', target: 5_000, targetText: '<= 5 s' }, file, Math.min(runs, 3),
        (db) => renderReportPdf(db, 'executive'), 0),
      await reportFigure({ id: 'export-xlsx', label: 'XLSX workbook of the project (Node)', statistic: 'median', unit: 'ms', target: 3_000, targetText: '<= 3 s' }, file, Math.min(runs, 3),
        (db) => exportData(db, 'xlsx'), 0),
    ];
    if (!computedSchedule) throw new Error('The schedule was not read');
    return { rawFloor, backendOpen, schedule, reports, computedSchedule };
  } finally {
    backend.close();
  }
}
