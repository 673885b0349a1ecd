import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/backend/project-file/migrations';
import { openProjectFile } from '../../electron/backend/project-file/project-file';
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

  it('exports every format: exit 0, a well-formed non-empty output, and the input unchanged', () => {
    const before = hash(sample);
    const run = (format: string, out: string, ...extra: string[]) => {
      const result = rollout(dir, 'export', 'sample.rollout', '--format', format, '--out', out, ...extra);
      expect(result.code, `${format}: ${result.stderr}`).toBe(0);
      expect(result.stderr).toBe('');
      return out.endsWith('/') ? Buffer.alloc(0) : fs.readFileSync(path.join(dir, out));
    };
    const xlsx = unzipSync(run('xlsx', 'formats/plan.xlsx'));
    expect(Object.keys(xlsx)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));

    const csvZip = unzipSync(run('csv', 'formats/tables.zip'));
    expect(Object.keys(csvZip).length).toBeGreaterThan(5);
    run('csv', 'formats/tables/');
    const csvFiles = fs.readdirSync(path.join(dir, 'formats/tables'));
    expect(csvFiles.sort()).toEqual(Object.keys(csvZip).map((f) => path.basename(f)).sort());
    for (const file of csvFiles) expect(fs.statSync(path.join(dir, 'formats/tables', file)).size, file).toBeGreaterThan(0);

    const mspdi = run('mspdi', 'formats/plan.mspdi').toString('utf8');
    expect(mspdi).toMatch(/^(\uFEFF)?<\?xml [^>]*\?>\s*<Project [^>]*xmlns="http:\/\/schemas.microsoft.com\/project"/);
    expect(mspdi.trimEnd()).toMatch(/<\/Project>$/);
    expect((mspdi.match(/<Task>/g) ?? []).length).toBeGreaterThan(10);

    const ics = run('ics', 'formats/plan.ics').toString('utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toMatch(/\r\nEND:VCALENDAR(\r\n)?$/);
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBe((ics.match(/END:VEVENT/g) ?? []).length);
    expect(ics).toContain('BEGIN:VEVENT');

    const html = run('html', 'formats/report.html', '--report', 'budget').toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html.trimEnd()).toMatch(/<\/html>$/);
    expect(html).toContain('id="section-headline"');

    // The round trip of the MS Project file, under the name the export used.
    const reimported = rollout(dir, 'import', 'formats/plan.mspdi', '--out', 'formats/from-mspdi.rollout');
    expect(reimported.code, reimported.stderr).toBe(0);

    // One PDF, of one section, where a Chromium is installed (the slow one).
    if (fs.existsSync('/usr/bin/chromium')) {
      const pdf = run('pdf', 'formats/report.pdf', '--sections', 'summary');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-1024).toString('latin1')).toContain('%%EOF');
    }
    expect(hash(sample)).toBe(before);
    expect(fs.readdirSync(path.join(dir, 'formats')).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 90_000);

  it('answers 2 for a section the report does not have, naming the ones it has; the usage text names every option', () => {
    const run = rollout(dir, 'export', 'sample.rollout', '--format', 'html', '--report', 'budget', '--sections', 'headline,nope', '--out', 'never.html');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('export: --sections: the budget report has no section "nope"; its sections are headline, breakdown, lines, phasing');
    expect(rollout(dir, 'export', 'sample.rollout', '--format', 'html', '--sections', ',', '--out', 'never.html').code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'never.html'))).toBe(false);
    const help = rollout(dir, '--help');
    for (const option of ['--template', '--name', '--start', '--go-live', '--currency', '--organisation', '--format', '--out', '--report', '--sections']) expect(help.stdout, option).toContain(option);
  });

  it('answers 1 with one sentence for an output that cannot be written, at once, and leaves the input as it was', () => {
    const before = hash(sample);
    fs.writeFileSync(path.join(dir, 'plain-file'), 'not a folder');
    const cases: [string, RegExp][] = [
      ['plain-file/out.json', /^Cannot write \/.*plain-file\/out\.json: \/.*plain-file is a file, not a folder\.\n$/],
      ['plain-file/deeper/out.json', /^Cannot write .*: \/.*plain-file is a file, not a folder\.\n$/],
      ['/proc/rollout-nowhere/out.json', /^Cannot write \/proc\/rollout-nowhere\/out\.json: the folder \/proc\/rollout-nowhere does not exist and cannot be created\.\n$/],
    ];
    if (process.getuid?.() !== 0) {
      fs.mkdirSync(path.join(dir, 'locked'), { mode: 0o500 });
      cases.push(['locked/out.json', /^Cannot write .*locked\/out\.json: you do not have permission to write in \/.*locked\.\n$/]);
    }
    for (const [out, message] of cases) {
      const run = rollout(dir, 'export', 'sample.rollout', '--format', 'json', '--out', out);
      expect(run.code, `${out}: ${run.stderr}`).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.ms, out).toBeLessThan(10_000);
    }
    const created = rollout(dir, 'new', '/proc/rollout-nowhere/x.rollout');
    expect(created.code).toBe(1);
    expect(created.stderr).toMatch(/^Cannot write \/proc\/rollout-nowhere\/x\.rollout: /);
    expect(hash(sample)).toBe(before);
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
    // Newer, corrupt (a task hierarchy in a loop: it must not spin), and open in the app.
    const variant = (name: string, sql: string) => {
      const file = path.join(dir, name);
      fs.copyFileSync(sample, file);
      const db = new Database(file);
      db.exec(sql);
      db.close();
      return name;
    };
    const newer = variant('newer.rollout', `PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    const looped = variant('looped.rollout', 'UPDATE task SET parent_id = (SELECT c.id FROM task c WHERE c.parent_id = task.id ORDER BY c.sort_order LIMIT 1) WHERE id = (SELECT MIN(parent_id) FROM task)');
    const selfParent = variant('self-parent.rollout', 'UPDATE task SET parent_id = id WHERE rowid = (SELECT MIN(rowid) FROM task WHERE parent_id IS NOT NULL)');
    const locked = variant('locked.rollout', 'SELECT 1');
    const app = openProjectFile(path.join(dir, locked));
    try {
      const opened: [string, string, string[]][] = [
        [newer, 'FILE_NEWER', ['info']], [looped, 'FILE_CORRUPT', ['export', '--format', 'json', '--out', 'looped.json']],
        [selfParent, 'FILE_CORRUPT', ['export', '--format', 'html', '--out', 'self.html']], [looped, 'FILE_CORRUPT', ['check']],
        [locked, 'FILE_LOCKED', ['export', '--format', 'json', '--out', 'locked.json']],
      ];
      for (const [file, code, [command, ...options]] of opened) {
        // Not read while the app holds it: closing any descriptor of the file drops this process's POSIX locks on it.
        const before = file === locked ? null : hash(path.join(dir, file));
        const run = rollout(dir, command as string, file, ...options);
        expect(run.code, `${file} ${command}: ${run.stderr}`).toBe(3);
        expect(run.stderr).toMatch(new RegExp(`^${code}: `));
        if (code === 'FILE_CORRUPT') expect(run.stderr).toMatch(/task hierarchy goes round in a loop[^\n]*"[^"]+" → "[^"]+"/);
        expect(run.ms, `${file} ${command}`).toBeLessThan(10_000);
        if (before !== null) expect(hash(path.join(dir, file)), file).toBe(before);
      }
    } finally {
      app.close();
    }
    expect(fs.readdirSync(dir).filter((f) => /^(looped|self|locked)\.(json|html)$/.test(f))).toEqual([]);

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

    // An MS Project file whose dependencies go round in a loop is refused, naming the tasks, and leaves nothing.
    const task = (uid: number, name: string, predecessor: number) => `<Task><UID>${uid}</UID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><PredecessorLink><PredecessorUID>${predecessor}</PredecessorUID><Type>1</Type></PredecessorLink></Task>`;
    fs.writeFileSync(path.join(dir, 'cycle.xml'), `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Name>P</Name><StartDate>2027-01-04T08:00:00</StartDate><Tasks>${task(1, 'Draft', 2)}${task(2, 'Review', 1)}</Tasks></Project>`);
    const xmlBefore = hash(path.join(dir, 'cycle.xml'));
    const cycle = rollout(dir, 'import', 'cycle.xml', '--out', 'cycle.rollout');
    expect(cycle.code).toBe(4);
    expect(cycle.stderr).toMatch(/^VALIDATION: /);
    expect(cycle.stderr).toContain('The dependencies go round in a loop: "Review" → "Draft" → "Review"');
    expect(hash(path.join(dir, 'cycle.xml'))).toBe(xmlBefore);
    expect(fs.readdirSync(dir).filter((f) => f.includes('cycle.rollout'))).toEqual([]);
  });

  it('removes its temporary copy when stopped by SIGTERM or SIGINT', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-cli-signals-'));
    try {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        const child = spawn(process.execPath, [path.resolve('bin/rollout.mjs'), 'export', 'sample.rollout', '--format', 'xlsx', '--out', `signalled-${signal}.xlsx`], { cwd: dir, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
        const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
        let seen = false;
        const started = performance.now();
        while (!seen && child.exitCode === null && performance.now() - started < 20_000) {
          seen = fs.readdirSync(tmp).some((f) => f.startsWith('rollout-cli-'));
          if (!seen) await new Promise((resolve) => setTimeout(resolve, 2));
        }
        if (seen) child.kill(signal);
        const result = await exited;
        // Stopped by the signal it was sent (or, on a fast machine, finished just before it arrived).
        if (seen && result.signal !== null) expect(result.signal).toBe(signal);
        expect(fs.readdirSync(tmp), signal).toEqual([]);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
