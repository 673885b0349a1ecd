import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import type { ProjectSchedule } from '../../shared/schemas/timeline';

const require = createRequire(import.meta.url);
// The package exports only its entry points; its dist folder sits beside the UMD build.
const GANTT_DIST = path.dirname(require.resolve('frappe-gantt'));

export interface BareTask {
  id: string;
  name: string;
  start: string;
  end: string;
  progress: number;
  dependencies: string;
}

/** The same tasks the app's timeline draws (its computed dates and links), in frappe-gantt's input shape. */
export function bareTasks(file: string, schedule: ProjectSchedule): BareTask[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const names = new Map((db.prepare('SELECT id, name FROM task').all() as { id: string; name: string }[]).map((t) => [t.id, t.name]));
    const predecessors = new Map<string, string[]>();
    for (const d of db.prepare('SELECT predecessor_id AS p, successor_id AS s FROM dependency').all() as { p: string; s: string }[]) {
      predecessors.set(d.s, [...(predecessors.get(d.s) ?? []), d.p]);
    }
    return schedule.tasks.filter((t) => t.start && t.finish).map((t) => ({
      id: t.id, name: names.get(t.id) ?? '', start: t.start ?? '', end: t.finish ?? '', progress: t.percentComplete, dependencies: (predecessors.get(t.id) ?? []).join(','),
    }));
  } finally {
    db.close();
  }
}

/** Loads node_modules/frappe-gantt's own dist files into a blank page: the library with nothing of ours around it. */
export async function prepareBarePage(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.setContent('<!doctype html><html><head><title>bare frappe-gantt</title></head><body><div id="gantt"></div></body></html>');
  await page.addStyleTag({ path: path.join(GANTT_DIST, 'frappe-gantt.css') });
  await page.addScriptTag({ path: path.join(GANTT_DIST, 'frappe-gantt.umd.js') });
}

/** Constructs the chart (synchronous in frappe-gantt) and answers the time until the frame that shows it. */
export function renderBare(page: Page, tasks: BareTask[]): Promise<number> {
  return page.evaluate(async (input) => {
    const host = document.getElementById('gantt') as HTMLElement;
    host.replaceChildren();
    const Gantt = (window as unknown as { Gantt: new (el: HTMLElement, tasks: unknown[], options: object) => unknown }).Gantt;
    const t0 = performance.now();
    new Gantt(host, input.map((t) => ({ ...t })), { view_mode: 'Week' });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - t0;
  }, tasks);
}
