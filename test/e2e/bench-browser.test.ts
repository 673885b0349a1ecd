import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/api/backend';
import { createWebHost } from '../../electron/backend/web/web-host';
import type { ProjectSchedule } from '../../shared/schemas/timeline';
import { measureBrowser } from '../../bench/browser/app-figures';
import { generateProject } from '../../bench/generate';
import { tempDir } from '../support/backend';

// Keeps the Chromium half of `npm run bench` working (test/integration/bench-smoke.test.ts runs the Node half):
// every browser figure is taken once on size S, through the same labels, bars and views as on XL. No timing is
// asserted; a figure that cannot be taken fails with the reason the benchmark table would print.
describe('benchmark suite (size S, Chromium figures)', () => {
  it('takes every browser figure once', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const file = path.join(dir, 'projects', 'bench-s.rollout');
    const generated = generateProject(file, 'S');
    const backend = createBackend(createWebHost(path.dirname(file), path.join(dir, 'node-data'), 'benchmark'), () => undefined);
    await backend.dispatch('project.open', { path: file });
    const schedule = await backend.dispatch('schedule.get', {});
    await backend.dispatch('project.close', {});
    backend.close();
    if (!schedule.ok) throw new Error(schedule.error.message);

    const { figures } = await measureBrowser({
      file, projectName: 'Benchmark project S', dragTaskId: generated.dragTaskId, schedule: schedule.value as ProjectSchedule, runs: 1,
      webScript: 'dist/backend/web.mjs', rendererDir: 'dist/renderer', log: () => undefined,
    });
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const id of ['open', 'timeline', 'bare', 'drag', 'edit', 'weight', 'js', 'heap']) {
      const figure = byId.get(id);
      expect(figure?.summary, `${id}: ${figure?.unavailable ?? 'missing'}`).toBeTruthy();
    }
    expect(byId.get('heap')?.note).not.toContain('did not settle');
  });
});
