import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/backend';
import { writeSampleProject } from '../support/sample-file';

/** The real command: bin/rollout.mjs on the built dist/backend/cli.mjs, in a separate process. */
function rollout(dir: string, ...args: string[]) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.resolve('bin/rollout.mjs'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - started };
}

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let dir: string;
let sample: string;

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'node'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  dir = tempDir('rollout-cli-');
  sample = writeSampleProject(dir, 'sample.rollout');
}, 60_000);

describe('the rollout command line', { timeout: 30_000 }, () => {
  it('new, info, check, export json and import: exit 0, and the input file never changes', () => {
    const created = rollout(dir, 'new', 'fresh.rollout', '--name', 'Fresh <img src=x onerror=alert(1)>', '--start', '2027-01-04', '--template', 'blank');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const before = hash(sample);
    const info = rollout(dir, 'info', 'sample.rollout');
    expect(info.code, info.stderr).toBe(0);
    const summary = JSON.parse(info.stdout) as { name: string; schemaVersion: number; counts: Record<string, number> };
    expect(summary.name).toBe('Northwind Insurance: GenAI assistant rollout');
    expect(summary.counts.step).toBe(10);
    expect(summary.counts.vendor).toBeGreaterThan(0);

    const check = rollout(dir, 'check', 'sample.rollout');
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/integrity and consistency checks passed/);

    const exported = rollout(dir, 'export', 'sample.rollout', '--format', 'json', '--out', 'sample.json');
    expect(exported.code, exported.stderr).toBe(0);
    const imported = rollout(dir, 'import', 'sample.json', '--out', 'again.rollout');
    expect(imported.code, imported.stderr).toBe(0);
    const reexported = rollout(dir, 'export', 'again.rollout', '--format', 'json', '--out', 'again.json');
    expect(reexported.code).toBe(0);
    const tables = (file: string) => (JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { tables: unknown }).tables;
    expect(tables('again.json')).toEqual(tables('sample.json'));
    expect(hash(sample)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.') || f.endsWith('-wal') || f.endsWith('-journal'))).toEqual([]);

    // A hostile project name stays data in the JSON export.
    const fresh = rollout(dir, 'export', 'fresh.rollout', '--format', 'json', '--out', 'fresh.json');
    expect(fresh.code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'fresh.json'), 'utf8')) as { tables: { project: { name: string }[] } };
    expect(doc.tables.project[0]?.name).toBe('Fresh <img src=x onerror=alert(1)>');
    console.log(`CLI timings (ms): new ${created.ms.toFixed(0)}, info ${info.ms.toFixed(0)}, check ${check.ms.toFixed(0)}, export json ${exported.ms.toFixed(0)}, import ${imported.ms.toFixed(0)}`);
  });

  it('answers 2 for usage errors with the usage text', () => {
    for (const args of [[], ['frobnicate'], ['info'], ['export', 'sample.rollout', '--format', 'docx', '--out', 'x'], ['export', 'sample.rollout', '--format', 'json'], ['check', 'sample.rollout', '--verbose'], ['new', 'x.rollout', '--start', '2027-13-40']]) {
      const run = rollout(dir, ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(`${run.stdout}${run.stderr}`).toContain('Usage: rollout <command>');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('answers 3 with the FILE_* code when the file cannot be opened', () => {
    fs.writeFileSync(path.join(dir, 'foreign.rollout'), 'just some text, not a database at all '.repeat(10));
    const cases: [string, string][] = [['missing.rollout', 'FILE_NOT_FOUND'], ['foreign.rollout', 'FILE_FOREIGN']];
    for (const [file, code] of cases) {
      const before = fs.existsSync(path.join(dir, file)) ? hash(path.join(dir, file)) : null;
      const run = rollout(dir, 'info', file);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(new RegExp(`^${code}: `));
      if (before) expect(hash(path.join(dir, file))).toBe(before);
    }
    const exists = rollout(dir, 'new', 'sample.rollout');
    expect(exists.code).toBe(3);
    expect(exists.stderr).toMatch(/^FILE_EXISTS: /);
  });

  it('answers 4 listing every invalid path, and leaves no file behind', () => {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'sample.json'), 'utf8')) as { tables: Record<string, Record<string, unknown>[]> };
    (doc.tables.task as Record<string, unknown>[])[2] = { ...doc.tables.task?.[2], percentComplete: 140 };
    (doc.tables.dependency as Record<string, unknown>[])[0] = { ...doc.tables.dependency?.[0], successorId: 'ghost' };
    fs.writeFileSync(path.join(dir, 'broken.json'), JSON.stringify(doc));
    fs.writeFileSync(path.join(dir, 'deep.json'), '['.repeat(5000) + ']'.repeat(5000));
    const broken = rollout(dir, 'import', 'broken.json', '--out', 'broken.rollout');
    expect(broken.code).toBe(4);
    expect(broken.stderr).toContain('tables.task[2].percentComplete: ');
    expect(broken.stderr).toContain('tables.dependency[0].successorId: No task with id ghost in tables.task');
    const deep = rollout(dir, 'import', 'deep.json', '--out', 'deep.rollout');
    expect(deep.code).toBe(4);
    expect(deep.stderr).toMatch(/nested deeper than 64 levels/);
    expect(fs.readdirSync(dir).filter((f) => f.includes('broken.rollout') || f.includes('deep.rollout'))).toEqual([]);

    // A file edited by other means: a requirement pointing at a use case that does not exist.
    fs.copyFileSync(sample, path.join(dir, 'tampered.rollout'));
    const db = new Database(path.join(dir, 'tampered.rollout'));
    db.prepare("UPDATE requirement SET use_case_ids = '[\"ghost\"]' WHERE rowid = (SELECT min(rowid) FROM requirement)").run();
    db.close();
    const before = hash(path.join(dir, 'tampered.rollout'));
    const check = rollout(dir, 'check', 'tampered.rollout');
    expect(check.code).toBe(4);
    expect(check.stderr).toContain('tables.requirement[0].useCaseIds[0]: No use case with id ghost in tables.use_case');
    expect(hash(path.join(dir, 'tampered.rollout'))).toBe(before);
  });
});
