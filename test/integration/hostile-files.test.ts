import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { SCHEMA_VERSION } from '../../electron/backend/project-file/migrations';
import { openProjectFile } from '../../electron/backend/project-file/project-file';
import { createNewProject } from '../../electron/backend/projects/new-project';
import { leafTasksByStep, readTasks } from '../../electron/backend/projects/steps';
import { exportData } from '../../electron/backend/exports/data-exports';
import { buildProjectDocument } from '../../electron/backend/interchange/project-document';
import { renderReportHtml } from '../../electron/backend/reports';
import { computeSchedule } from '../../shared/rules/schedule/engine';
import { outline, parentLoops } from '../../shared/rules/schedule/wbs';
import { ProjectSession } from '../../electron/backend/session';
import zlib from 'node:zlib';
import { zipSync, unzipSync } from 'fflate';
import { XLSX_LIMITS } from '../../electron/backend/vendors/zip-guard';
import { SAMPLE_FIELDS, sideFiles, startTestBackend, tempDir } from '../support/backend';
import { writeSampleProject } from '../support/sample-file';

/** A generated corpus of files a user might be handed; each must be refused clearly or open safely, unchanged. */
const dir = tempDir('rollout-hostile-');
const FILE_CODES = ['FILE_FOREIGN', 'FILE_CORRUPT', 'FILE_NEWER', 'FILE_NOT_FOUND', 'FILE_READONLY'];
const PER_FILE_LIMIT_MS = 2_000;
let tried = 0;

function goodFile(name: string): string {
  const filePath = path.join(dir, `${name}.rollout`);
  createNewProject(filePath, { fields: SAMPLE_FIELDS, template: 'ten-step', actor: 'tester' });
  return filePath;
}

/** Each ';;'-separated part runs in a fresh connection, so a rewritten schema is in force for the next part. */
function tamper(name: string, sql: string): string {
  const filePath = goodFile(name);
  for (const part of sql.split(';;')) {
    const db = new Database(filePath);
    db.pragma('foreign_keys = OFF');
    db.unsafeMode(true);
    db.exec(part);
    db.close();
  }
  return filePath;
}

interface Outcome {
  code: string | null;
  ms: number;
}

/** Opens, then closes; checks the bytes and the folder are as they were whatever the answer. */
function attempt(filePath: string): Outcome {
  tried++;
  const before = fs.readFileSync(filePath);
  const started = performance.now();
  let code: string | null = null;
  try {
    const session = ProjectSession.open(filePath, 'tester');
    session.project();
    session.close();
  } catch (error) {
    expect(error, `${path.basename(filePath)} threw a raw error`).toBeInstanceOf(ApiError);
    code = (error as ApiError).code;
    expect(fs.readFileSync(filePath).equals(before), `${path.basename(filePath)} was changed`).toBe(true);
    expect(sideFiles(filePath)).toEqual([]);
  }
  const ms = performance.now() - started;
  expect(ms, `${path.basename(filePath)} took ${ms.toFixed(0)} ms`).toBeLessThan(PER_FILE_LIMIT_MS);
  return { code, ms };
}

afterAll(() => console.log(`hostile files: ${tried} files tried, each refused with a FILE_* code or opened safely, none changed`));

describe('hostile project files', () => {
  it('refuses random bytes of many sizes', () => {
    for (const size of [1, 15, 16, 99, 100, 101, 512, 4096, 65_536, 1_000_000]) {
      const filePath = path.join(dir, `random-${size}.rollout`);
      fs.writeFileSync(filePath, crypto.randomBytes(size));
      const outcome = attempt(filePath);
      expect(outcome.code).toMatch(/^FILE_(FOREIGN|CORRUPT)$/);
      expect(outcome.ms).toBeLessThan(PER_FILE_LIMIT_MS);
    }
  });

  it('refuses an SQLite header followed by garbage, and a project truncated anywhere', () => {
    for (let i = 0; i < 8; i++) {
      const filePath = path.join(dir, `garbage-${i}.rollout`);
      const header = Buffer.from(fs.readFileSync(goodFile(`source-${i}`)).subarray(0, 100));
      fs.writeFileSync(filePath, Buffer.concat([header, crypto.randomBytes(4096 * (i + 1))]));
      expect(attempt(filePath).code).toMatch(/^FILE_/);
    }
    const whole = fs.readFileSync(goodFile('whole'));
    for (const fraction of [0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
      const filePath = path.join(dir, `truncated-${fraction}.rollout`);
      fs.writeFileSync(filePath, whole.subarray(0, Math.floor(whole.length * fraction)));
      expect(attempt(filePath).code, `truncated at ${fraction}`).toMatch(/^FILE_(FOREIGN|CORRUPT)$/);
    }
  });

  it('refuses another application database, our id without a schema, and a newer version', () => {
    const other = path.join(dir, 'other-app.rollout');
    const db = new Database(other);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    db.close();
    expect(attempt(other).code).toBe('FILE_FOREIGN');

    const empty = path.join(dir, 'empty-ours.rollout');
    const bare = new Database(empty);
    bare.pragma('application_id = 1380928588');
    bare.exec('CREATE TABLE x (a)');
    bare.close();
    expect(attempt(empty).code).toBe('FILE_CORRUPT');

    const newer = goodFile('newer');
    const n = new Database(newer);
    n.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    n.close();
    expect(attempt(newer).code).toBe('FILE_NEWER');
  });

  it.each([
    ['a trigger planted in the file', "CREATE TRIGGER sneaky AFTER UPDATE ON project BEGIN DELETE FROM task; END"],
    ['a missing table', 'DROP TABLE dependency'],
    ['an extra column', "ALTER TABLE project ADD COLUMN owner TEXT"],
    ['an extra table', 'CREATE TABLE notes (x)'],
    ['a table made non-strict', "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, ') STRICT', ')') WHERE name = 'task'; PRAGMA writable_schema = OFF"],
    ['broken references', "UPDATE dependency SET successor_id = 'ffffffff-ffff-4fff-8fff-ffffffffffff' WHERE rowid = (SELECT MIN(rowid) FROM dependency)"],
    ['a wrong type in a strict column', "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, ') STRICT', ')') WHERE name = 'task';; UPDATE task SET duration_days = 'many';; PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = sql || ' STRICT' WHERE name = 'task'"],
    ['a parent loop (a phase made the child of its own task)', 'UPDATE task SET parent_id = (SELECT c.id FROM task c WHERE c.parent_id = task.id ORDER BY c.sort_order LIMIT 1) WHERE id = (SELECT MIN(parent_id) FROM task)'],
    ['a task that is its own parent', 'UPDATE task SET parent_id = id WHERE rowid = (SELECT MIN(rowid) FROM task WHERE parent_id IS NOT NULL)'],
  ])('refuses a file with %s', (name, sql) => {
    const outcome = attempt(tamper(name.replace(/\W+/g, '-'), sql));
    expect(outcome.code).toBe('FILE_CORRUPT');
  });

  it('names the tasks of a parent loop in the refusal, and every walk up the hierarchy ends even past the open check', () => {
    const filePath = goodFile('loop-named');
    const db = new Database(filePath);
    const phase = db.prepare('SELECT id, name FROM task WHERE parent_id IS NULL ORDER BY sort_order LIMIT 1').get() as { id: string; name: string };
    const child = db.prepare('SELECT id, name FROM task WHERE parent_id = ? ORDER BY sort_order LIMIT 1').get(phase.id) as { id: string; name: string };
    db.prepare('UPDATE task SET parent_id = ? WHERE id = ?').run(child.id, phase.id);
    const tasks = readTasks(db);
    db.close();
    const before = fs.readFileSync(filePath);
    const refusal = (() => {
      try {
        openProjectFile(filePath).close();
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).code).toBe('FILE_CORRUPT');
    expect((refusal as ApiError).message).toContain(`task hierarchy goes round in a loop, each task the parent of the one before: "${phase.name}" → "${child.name}" → "${phase.name}"`);
    expect(fs.readFileSync(filePath).equals(before)).toBe(true);

    // The walkers themselves, given such a hierarchy (and a task its own parent): each answers at once.
    const looped = tasks.map((t) => (t.id === tasks.find((x) => x.parentId !== null && x.parentId !== phase.id && x.id !== phase.id)?.id ? { ...t, parentId: t.id } : t));
    expect(parentLoops(looped)).toHaveLength(2);
    expect(outline(looped).map((r) => r.task.id).sort()).toEqual(looped.map((t) => t.id).sort());
    expect([...leafTasksByStep(looped).values()].flat().some((t) => t.parentId === child.id)).toBe(false);
    const schedule = computeSchedule({ projectStart: '2027-01-04', calendar: { workingWeekdays: [1, 2, 3, 4, 5], holidays: [] }, tasks: looped, dependencies: [] });
    expect(schedule.tasks).toHaveLength(looped.length);
  });

  it('refuses a looped hierarchy through the API, and every export and report of such a database still ends', async () => {
    const api = startTestBackend(tempDir('rollout-loop-api-'));
    try {
      const filePath = writeSampleProject(api.projectsDir, 'looped.rollout');
      const db = new Database(filePath);
      db.exec('UPDATE task SET parent_id = (SELECT c.id FROM task c WHERE c.parent_id = task.id ORDER BY c.sort_order LIMIT 1) WHERE id = (SELECT MIN(parent_id) FROM task)');
      db.exec('UPDATE task SET parent_id = id WHERE rowid = (SELECT MAX(rowid) FROM task WHERE parent_id IS NOT NULL)');
      tried++;
      const opened = await api.raw('project.open', { path: 'looped.rollout' });
      expect(opened).toMatchObject({ ok: false, error: { code: 'FILE_CORRUPT' } });
      if (!opened.ok) expect(opened.error.message).toMatch(/task hierarchy goes round in a loop.*; /);
      // Past the open check (the database handle itself): the document, every report and every export answer.
      const started = performance.now();
      expect(buildProjectDocument(db, new Date('2027-03-01')).tables.task?.length).toBeGreaterThan(0);
      for (const report of ['executive', 'vendors', 'budget', 'status'] as const) expect(renderReportHtml(db, report)).toMatch(/^<!DOCTYPE html>/i);
      for (const format of ['xlsx', 'csv', 'mspdi', 'ics'] as const) expect((await exportData(db, format, { now: new Date('2027-03-01') })).length, format).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(30 * PER_FILE_LIMIT_MS);
      db.close();
    } finally {
      api.close();
    }
  }, 60_000);

  it('opens a file with huge texts safely', () => {
    const filePath = tamper('huge', `UPDATE project SET description = '${'x'.repeat(200_000)}'; UPDATE step SET notes = '${'<script>alert(1)</script>'.repeat(1000)}'`);
    const outcome = attempt(filePath);
    expect(outcome.code).toBeNull();
  });

  it('opens the sample with every optional id dangling, and every view, report and export still answers', async () => {
    const api = startTestBackend(tempDir('rollout-dangling-'));
    try {
      const filePath = writeSampleProject(api.projectsDir, 'dangling.rollout');
      const ghost = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
      // Links kept as plain ids (no foreign key, by design): a file edited elsewhere or by hand may point at nothing.
      const db = new Database(filePath);
      const set = (table: string, column: string, value: string) => db.prepare(`UPDATE ${table} SET ${column} = ?`).run(value).changes;
      const changed = [
        set('task', 'owner_member_id', ghost), set('task', 'wave_id', ghost), set('task', 'training_session_id', ghost), set('task', 'communication_id', ghost),
        set('requirement', 'milestone_task_id', ghost), set('requirement', 'requesting_function_ids', JSON.stringify([ghost])), set('requirement', 'use_case_ids', JSON.stringify([ghost])),
        db.prepare("INSERT INTO criterion_requirement (id, criterion_id, requirement_id) SELECT 'dangling-link', id, ? FROM criterion LIMIT 1").run(ghost).changes,
        set('evaluator', 'member_id', ghost), set('pilot_decision', 'decided_by_id', ghost),
        set('charter_reviewer', 'member_id', ghost), set('cost_line', 'task_id', ghost), set('cost_line', 'wave_id', ghost), set('cost_line', 'vendor_id', ghost),
      ];
      db.close();
      expect(changed.every((n) => n > 0), `every dangling column had rows to tamper: ${changed.join(', ')}`).toBe(true);
      tried++;
      const started = performance.now();
      await api.invoke('project.open', { path: 'dangling.rollout' });
      const reads = [
        'steps.list', 'people.read', 'tasks.list', 'timeline.related', 'calendar.get', 'vendors.get', 'budget.get', 'budget.headline', 'pilot.get',
        'deployment.get', 'monitoring.get', 'governance.get', 'ops.overview', 'ops.people', 'history.state', 'interchange.exportJson',
      ] as const;
      for (const method of reads) expect(await api.raw(method, {}), method).toMatchObject({ ok: true });
      for (const report of ['executive', 'vendors', 'budget', 'status'] as const) expect(await api.raw('reports.preview', { report }), report).toMatchObject({ ok: true });
      for (const format of ['xlsx', 'csv', 'mspdi', 'ics'] as const) expect(await api.raw('exports.data', { format }), format).toMatchObject({ ok: true });
      const ms = performance.now() - started;
      expect(ms, `opening and reading everything took ${ms.toFixed(0)} ms`).toBeLessThan(30 * PER_FILE_LIMIT_MS);
    } finally {
      api.close();
    }
  }, 60_000);

  it('refuses a folder named like a project, and a missing file', () => {
    const folder = path.join(dir, 'folder.rollout');
    fs.mkdirSync(folder);
    expect(() => openProjectFile(folder)).toThrowError(expect.objectContaining({ code: 'FILE_FOREIGN' }));
    expect(() => openProjectFile(path.join(dir, 'nope.rollout'))).toThrowError(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
    expect(FILE_CODES).toContain('FILE_FOREIGN');
  });
});

/** A deflated zip built with Node's zlib (fast on tens of megabytes, unlike a pure-JS deflate). */
function zipOf(files: Record<string, Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = zlib.deflateRawSync(content, { level: 1 });
    const fileName = Buffer.from(name);
    const header = (size: number) => {
      const h = Buffer.alloc(size);
      h.writeUInt16LE(8, size === 30 ? 8 : 10); // deflate
      h.writeUInt32LE(zlib.crc32(content), size === 30 ? 14 : 16);
      h.writeUInt32LE(data.length, size === 30 ? 18 : 20);
      h.writeUInt32LE(content.length, size === 30 ? 22 : 24);
      h.writeUInt16LE(fileName.length, size === 30 ? 26 : 28);
      return h;
    };
    const local = header(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const central = header(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Sets every declared uncompressed size (local and central headers) to 1 byte: a bomb that lies about itself. */
function lieAboutSizes(zip: Uint8Array): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && i + 26 <= bytes.length) view.setUint32(i + 22, 1, true);
    if (sig === 0x02014b50 && i + 28 <= bytes.length) view.setUint32(i + 24, 1, true);
  }
  return bytes;
}

describe('hostile scoring workbooks (vendors.importSheet)', () => {
  // Building the corpus (an 80 MB part, 5,000 parts) takes seconds on a busy machine; each refusal is timed alone.
  it('refuses zip bombs, lying sizes, absurd entry counts and truncated workbooks before unpacking, and changes nothing', { timeout: 30_000 }, async () => {
    const api = startTestBackend(dir);
    try {
      await api.invoke('project.openSample', {});
      const before = await api.invoke('vendors.get', {});
      const evaluator = before.evaluators[0];
      if (!evaluator) throw new Error('the sample has no evaluator');
      const real = Buffer.from((await api.invoke('vendors.exportSheet', { evaluatorId: evaluator.id })).base64, 'base64');
      const parts = unzipSync(real);
      const bomb = zipOf({ ...parts, 'xl/media/image1.bin': Buffer.alloc(XLSX_LIMITS.maxTotalBytes + 30 * 1024 * 1024) });
      const corpus: Record<string, Uint8Array> = {
        'an 80 MB part packed into a few hundred kB': bomb,
        'the same with every size header saying 1 byte': lieAboutSizes(bomb),
        '5,000 empty parts': zipSync(Object.fromEntries([...Object.entries(parts), ...Array.from({ length: 5_000 }, (_, i) => [`xl/media/p${i}.bin`, new Uint8Array(0)])])),
        'a workbook cut in half': real.subarray(0, Math.floor(real.length / 2)),
        'a zip whose directory points past its end': (() => {
          const cut = new Uint8Array(real); // a copy: Buffer#slice would share the bytes
          const view = new DataView(cut.buffer);
          for (let i = cut.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x06054b50) { view.setUint32(i + 16, cut.length + 10, true); break; }
          return cut;
        })(),
      };
      for (const [name, bytes] of Object.entries(corpus)) {
        tried++;
        expect(bytes.length, `${name} fits the 20 MB upload limit`).toBeLessThan(15 * 1024 * 1024);
        const started = performance.now();
        const error = await api.invoke('vendors.importSheet', { base64: Buffer.from(bytes).toString('base64') }).catch((e: unknown) => e);
        const ms = performance.now() - started;
        expect(error, name).toBeInstanceOf(ApiError);
        expect((error as ApiError).code, `${name}: ${(error as ApiError).message}`).toBe('VALIDATION');
        expect((error as ApiError).issues?.[0]?.path, name).toEqual(['file']);
        expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(PER_FILE_LIMIT_MS);
      }
      expect(await api.invoke('vendors.get', {})).toEqual(before);
      // The real sheet still imports: the guard does not stand in the way of genuine files.
      await expect(api.invoke('vendors.importSheet', { base64: real.toString('base64') })).resolves.toBeDefined();
    } finally {
      api.close();
    }
  });
});

/**
 * Hostile import files (interchange.import): JSON project documents and MS Project XML with wrong types, deep
 * nesting, entity tricks and huge values. Each gets VALIDATION naming where the problem is, within the time limit,
 * and leaves the projects folder and the open project exactly as they were.
 */
describe('hostile import documents (interchange.import)', () => {
  const FORMAT = { format: 'rollout-planner/project', formatVersion: 1 };
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const xmlTask = (body: string) => `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Name>P</Name><StartDate>2027-01-04T08:00:00</StartDate><Tasks><Task><UID>1</UID><Name>T1</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task>${body}</Tasks></Project>`;

  /** [what it is, kind, text, the path of the first issue, or null where the whole document is the problem] */
  const corpus = (sample: Record<string, unknown>): [string, 'json' | 'mspdi', string, (string | number)[] | null][] => {
    const tables = sample.tables as Record<string, Record<string, unknown>[]>;
    const withRow = (table: string, index: number, patch: Record<string, unknown>) => JSON.stringify({ ...sample, tables: { ...tables, [table]: tables[table]!.map((row, i) => (i === index ? { ...row, ...patch } : row)) } });
    return [
      ['JSON: not JSON at all', 'json', 'PK\u0003\u0004 this is a zip, not a document', null],
      ['JSON: an empty file', 'json', '', null],
      ['JSON: an array instead of a document', 'json', '[1, 2, 3]', null],
      ['JSON: a document of another application', 'json', JSON.stringify({ format: 'acme/invoices', tables: {} }), ['format']],
      ['JSON: the format version as a string', 'json', JSON.stringify({ ...sample, formatVersion: '1' }), ['formatVersion']],
      ['JSON: tables as a string', 'json', JSON.stringify({ ...sample, tables: 'all of them' }), ['tables']],
      ['JSON: a table as an object', 'json', JSON.stringify({ ...sample, tables: { ...tables, task: { id: 'x' } } }), ['tables', 'task']],
      ['JSON: a duration as text', 'json', withRow('task', 1, { durationDays: 'ten' }), ['tables', 'task', 1, 'durationDays']],
      ['JSON: a boolean as a string', 'json', withRow('team_function', 0, { usesModels: 'yes' }), ['tables', 'team_function', 0, 'usesModels']],
      ['JSON: a number as an object', 'json', withRow('risk', 0, { likelihood: { valueOf: 3 } }), ['tables', 'risk', 0, 'likelihood']],
      ['JSON: a name as an array', 'json', withRow('vendor', 0, { name: ['<img src=x onerror=alert(1)>'] }), ['tables', 'vendor', 0, 'name']],
      ['JSON: a 3 MB project name', 'json', withRow('project', 0, { name: 'x'.repeat(3 * 1024 * 1024) }), ['tables', 'project', 0, 'name']],
      ['JSON: a dangling id', 'json', withRow('score', 0, { vendorId: 'no-such-vendor' }), ['tables', 'score', 0, 'vendorId']],
      ['JSON: a row value nested 5,000 deep', 'json', JSON.stringify({ ...FORMAT, tables: {} }).replace('"tables":{}', `"tables":{"task":[{"name":${nested(5_000)}}]}`), null],
      ['JSON: arrays nested 100,000 deep', 'json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, null],
      ['JSON: a __proto__ key', 'json', JSON.stringify({ ...sample }).replace('{', '{"__proto__":{"polluted":true},'), null],
      ['XML: a JSON document given as MS Project XML', 'mspdi', JSON.stringify(sample).slice(0, 10_000), null],
      ['XML: not well-formed', 'mspdi', '<Project><Tasks><Task></Tasks>', null],
      ['XML: a duration as a word', 'mspdi', xmlTask('<Task><UID>2</UID><Name>T2</Name><Duration>soon</Duration></Task>'), ['Tasks', 'Task', 1, 'Duration']],
      ['XML: a UID as text', 'mspdi', xmlTask('<Task><UID>two</UID><Name>T2</Name></Task>'), ['Tasks', 'Task', 1, 'UID']],
      ['XML: a link type out of range', 'mspdi', xmlTask('<Task><UID>2</UID><Name>T2</Name><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>9</Type></PredecessorLink></Task>'), ['Tasks', 'Task', 1, 'PredecessorLink', 0, 'Type']],
      ['XML: elements nested 10,000 deep', 'mspdi', `<Project>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</Project>`, null],
      ['XML: an external entity (XXE)', 'mspdi', '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project><Name>&x;</Name></Project>', ['DOCTYPE']],
      ['XML: a billion laughs', 'mspdi', `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "ha">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><Project><Name>&j;</Name></Project>`, ['DOCTYPE']],
      ['XML: a 21 MB file', 'mspdi', xmlTask(`<Task><UID>2</UID><Name>${'x'.repeat(21 * 1024 * 1024)}</Name></Task>`), null],
    ];
  };

  it('refuses each with VALIDATION naming the path, in time, leaving no file behind and the open project as it was', { timeout: 120_000 }, async () => {
    const api = startTestBackend(tempDir('rollout-hostile-import-'));
    try {
      const open = await api.invoke('project.openSample', {});
      const sample = JSON.parse(Buffer.from((await api.invoke('interchange.exportJson', {})).base64, 'base64').toString('utf8')) as Record<string, unknown>;
      const folder = () => fs.readdirSync(api.projectsDir).filter((f) => !f.endsWith('-wal')).sort();
      const before = folder();
      const auditBefore = (await api.invoke('audit.search', { limit: 1 })).total;
      for (const [name, kind, text, issuePath] of corpus(sample)) {
        tried++;
        const started = performance.now();
        const result = await api.raw('interchange.import', { fileName: `hostile.${kind === 'json' ? 'json' : 'xml'}`, kind, base64: Buffer.from(text, 'utf8').toString('base64') });
        const ms = performance.now() - started;
        expect(result.ok, `${name} was accepted`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, `${name}: ${result.error.message}`).toBe('VALIDATION');
        expect(result.error.issues?.length, `${name} names no problem`).toBeGreaterThan(0);
        if (issuePath) expect(result.error.issues?.map((i) => i.path), `${name}: ${result.error.message}`).toContainEqual(issuePath);
        expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(5 * PER_FILE_LIMIT_MS);
        expect(folder(), `${name} left a file behind`).toEqual(before);
        expect(({} as Record<string, unknown>).polluted, `${name} polluted Object.prototype`).toBeUndefined();
      }
      expect((await api.invoke('project.current', {}))?.path).toBe(open.path);
      expect((await api.invoke('audit.search', { limit: 1 })).total).toBe(auditBefore);
      // The genuine document still imports: the checks do not stand in the way of real files.
      const again = await api.invoke('interchange.import', { fileName: 'northwind.json', kind: 'json', text: JSON.stringify(sample) });
      expect(again.project.name).toBe(open.project.name);
    } finally {
      api.close();
    }
  });
});
