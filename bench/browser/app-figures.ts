import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { STEP_KEYS } from '../../shared/steps';
import { measured, unavailable, type Figure } from '../figures';
import { repeat } from '../stats';
import { bareTasks, prepareBarePage, renderBare, type BareTask } from './bare-gantt';
import { dragBar, editInline, navigateAndSettle, openFromDialog } from './app-actions';
import { installBenchHelpers } from './in-page';
import { startWebServer } from './server';
import type { ProjectSchedule } from '../../shared/schemas/timeline';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserInput {
  file: string;
  projectName: string;
  dragTaskId: string;
  schedule: ProjectSchedule;
  runs: number;
  webScript: string;
  rendererDir: string;
  log(line: string): void;
}

const ms = (label: string, id: string, target: number | null, targetText: string, statistic: Figure['statistic'] = 'median') =>
  ({ id, label, statistic, unit: 'ms' as const, target, targetText });

/** A figure, or a "not available" row naming what went wrong: one broken view must not sink the whole suite. */
async function attempt(base: Omit<Figure, 'summary'>, run: () => Promise<number[]>): Promise<Figure> {
  try {
    return measured(base, await run());
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    return unavailable(base, `not available (${message.slice(0, 100)})`);
  }
}

export async function measureBrowser(input: BrowserInput): Promise<{ figures: Figure[]; version: string }> {
  // Read before the web mode opens the file: an open project holds an exclusive lock on it.
  const tasks = bareTasks(input.file, input.schedule);
  const server = await startWebServer(input.webScript, input.rendererDir, path.dirname(input.file));
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  });
  try {
    const figures: Figure[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(installBenchHelpers);
    const scripts = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
    });
    const fileName = path.basename(input.file);
    const openButton = page.getByRole('button', { name: 'Open…', exact: true });

    input.log('chromium: open file -> Overview');
    await page.goto(server.url);
    await openButton.waitFor();
    const openOnce = async () => {
      await openButton.click();
      await page.locator(`button[aria-label="Open ${fileName}"]`).waitFor();
      const elapsed = await openFromDialog(page, fileName, input.projectName);
      return elapsed;
    };
    const openSamples: number[] = [];
    for (let i = 0; i <= input.runs; i++) {
      if (i > 0) {
        await page.getByRole('button', { name: 'Close project' }).click();
        await openButton.waitFor();
      }
      const elapsed = await openOnce();
      if (i > 0) openSamples.push(elapsed);
      // The JavaScript a user downloads to reach the Overview: everything loaded up to the first open.
      if (i === 0) figures.push(await javascriptFigure(scripts));
    }
    figures.unshift(measured(ms('Open file -> Overview interactive (Chromium, web mode)', 'open', 500, '<= 500 ms'), openSamples));

    input.log('chromium: timeline');
    const bare = await bareFigure(browser, tasks, input.runs);
    const timeline = await attempt(ms('Timeline view ready, all phases expanded (Chromium)', 'timeline', null, ''), () => repeat(input.runs, async () => {
      await navigateAndSettle(page, '#/overview', '.step-cards');
      return navigateAndSettle(page, '#/timeline', '[data-id] .bar, .bar-wrapper');
    }));
    const bareMedian = bare.summary?.median ?? null;
    timeline.target = bareMedian === null ? null : bareMedian / 2;
    timeline.targetText = bareMedian === null ? '<= 0.5 x bare frappe-gantt (not measured)' : `<= 0.5 x bare frappe-gantt = ${Math.round(bareMedian / 2).toLocaleString('en-GB')} ms`;
    figures.push(timeline, bare);

    input.log('chromium: drag');
    figures.push(await attempt(ms('Drag one bar with 50 successors: saved and redrawn (Chromium)', 'drag', 100, 'p95 <= 100 ms', 'p95'), async () => {
      let direction = 1;
      return repeat(input.runs, async () => {
        direction = -direction;
        return dragBar(page, input.dragTaskId, direction * -60);
      });
    }));

    input.log('chromium: field edit');
    figures.push(await attempt(ms('One field edit: UI -> saved -> UI updated (budget line quantity, Chromium)', 'edit', 30, 'p95 <= 30 ms', 'p95'), async () => {
      await navigateAndSettle(page, '#/budget', 'table');
      return repeat(input.runs, () => editInline(page, 'Quantity of Cost line 1', 'planned'));
    }));

    input.log('chromium: criterion weight');
    figures.push(await attempt(ms('Change one criterion weight -> ranking and sensitivity shown (Chromium)', 'weight', 50, '<= 50 ms'), async () => {
      await navigateAndSettle(page, '#/step/vendors', '#vendors-results');
      return repeat(input.runs, () => editInline(page, 'Importance of Criterion 4', 'weight'));
    }));

    input.log('chromium: heap after every view');
    figures.push(await heapFigure(page));
    return { figures, version: browser.version() };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function javascriptFigure(scripts: Map<string, Promise<Buffer>>): Promise<Figure> {
  const bodies = await Promise.all([...scripts.values()]);
  const gzipBytes = bodies.reduce((sum, body) => sum + zlib.gzipSync(body, { level: 9 }).length, 0);
  const rawBytes = bodies.reduce((sum, body) => sum + body.length, 0);
  return {
    ...measured({ id: 'js', label: 'Renderer JavaScript loaded to reach the Overview (gzip -9, Chromium network)', statistic: 'single', unit: 'KB', target: 500, targetText: '<= 500 KB gzip' }, [gzipBytes / 1024]),
    note: `${bodies.length} file(s), ${Math.round(rawBytes / 1024).toLocaleString('en-GB')} KB uncompressed`,
  };
}

async function bareFigure(browser: Browser, tasks: BareTask[], runs: number): Promise<Figure> {
  const base = ms('Bare frappe-gantt 1.2.2 rendering the same tasks (Chromium, same run)', 'bare', null, 'the reference');
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await prepareBarePage(page);
    return { ...measured(base, await repeat(runs, () => renderBare(page, tasks))), note: `${tasks.length.toLocaleString('en-GB')} tasks` };
  } catch (error) {
    return unavailable(base, `not available (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await context.close();
  }
}

async function heapFigure(page: Page): Promise<Figure> {
  const base = { id: 'heap', label: 'Renderer heap after visiting every view, after a GC (Chromium)', statistic: 'single' as const, unit: 'MB' as const, target: 200, targetText: '<= 200 MB' };
  try {
    const views = ['#/overview', ...STEP_KEYS.map((key) => `#/step/${key}`), '#/timeline', '#/budget', '#/governance', '#/activity', '#/details', '#/overview'];
    const unsettled: string[] = [];
    for (const hash of views) await navigateAndSettle(page, hash, 'h1').catch(() => unsettled.push(hash));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return { ...measured(base, [usage.usedSize / 2 ** 20]), note: `${views.length} views${unsettled.length ? ` (did not settle in 30 s: ${unsettled.join(', ')})` : ''}, heap total ${(usage.totalSize / 2 ** 20).toFixed(0)} MB` };
  } catch (error) {
    return unavailable(base, `not available (${error instanceof Error ? error.message : String(error)})`);
  }
}
