import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { generateProject, SIZES } from '../../bench/generate';
import { startTestBackend, tempDir, type TestBackend } from '../support/backend';

let backend: TestBackend | undefined;
afterEach(() => backend?.close());

function tableRows(file: string, sql: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

describe('benchmark project generator', () => {
  it('writes a size-S project that the app opens, schedules, ranks and budgets', async () => {
    backend = startTestBackend();
    const file = path.join(backend.projectsDir, 'bench-s.rollout');
    const generated = generateProject(file, 'S');

    const opened = await backend.invoke('project.open', { path: file });
    expect(opened.project.name).toBe('Benchmark project S');

    const { tasks, dependencies } = await backend.invoke('tasks.list', {});
    expect(tasks).toHaveLength(SIZES.S.tasks);
    expect(dependencies).toHaveLength(SIZES.S.dependencies);
    expect(new Set(dependencies.map((d) => d.type))).toEqual(new Set(['FS', 'SS', 'FF', 'SF']));
    expect(dependencies.some((d) => d.lagDays < 0)).toBe(true);
    expect(tasks.filter((t) => t.parentId === null)).toHaveLength(10);

    const schedule = await backend.invoke('schedule.get', {});
    expect(schedule.projectFinish >= schedule.projectStart).toBe(true);

    const vendors = await backend.invoke('vendors.get', {});
    expect(vendors.vendors).toHaveLength(SIZES.S.vendors);
    expect(vendors.criteria).toHaveLength(SIZES.S.criteria);
    expect(vendors.scores).toHaveLength(SIZES.S.vendors * SIZES.S.criteria * SIZES.S.evaluators);

    const budget = await backend.invoke('budget.get', {});
    expect(budget.lines).toHaveLength(SIZES.S.costLines);

    // The drag target and the weight target exist in the file.
    expect(tasks.some((t) => t.id === generated.dragTaskId)).toBe(true);
    expect(vendors.criteria.some((c) => c.id === generated.criterionId)).toBe(true);
  });

  it('is deterministic: the same seed gives the same records, another seed different ones', () => {
    const dir = tempDir();
    const a = generateProject(path.join(dir, 'a.rollout'), 'S', 7);
    const b = generateProject(path.join(dir, 'b.rollout'), 'S', 7);
    const c = generateProject(path.join(dir, 'c.rollout'), 'S', 8);
    const sql = 'SELECT * FROM task ORDER BY sort_order';
    expect(tableRows(a.path, sql)).toEqual(tableRows(b.path, sql));
    expect(tableRows(a.path, 'SELECT * FROM score ORDER BY id')).toEqual(tableRows(b.path, 'SELECT * FROM score ORDER BY id'));
    expect(tableRows(c.path, sql)).not.toEqual(tableRows(a.path, sql));
  });
});
