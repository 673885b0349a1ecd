import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { SCHEMA_VERSION } from '../../electron/backend/project-file/migrations';
import { openProjectFile } from '../../electron/backend/project-file/project-file';
import { createNewProject } from '../../electron/backend/projects/new-project';
import { ProjectSession } from '../../electron/backend/session';
import { SAMPLE_FIELDS, sideFiles, tempDir } from '../support/backend';

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
  return { code, ms: performance.now() - started };
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
  ])('refuses a file with %s', (name, sql) => {
    const outcome = attempt(tamper(name.replace(/\W+/g, '-'), sql));
    expect(outcome.code).toBe('FILE_CORRUPT');
  });

  it('opens a file with huge texts and dangling optional ids safely', () => {
    const filePath = tamper('huge', `UPDATE project SET description = '${'x'.repeat(200_000)}'; UPDATE step SET notes = '${'<script>alert(1)</script>'.repeat(1000)}'`);
    const outcome = attempt(filePath);
    expect(outcome.code).toBeNull();
    expect(outcome.ms).toBeLessThan(PER_FILE_LIMIT_MS);
  });

  it('refuses a folder named like a project, and a missing file', () => {
    const folder = path.join(dir, 'folder.rollout');
    fs.mkdirSync(folder);
    expect(() => openProjectFile(folder)).toThrowError(expect.objectContaining({ code: 'FILE_FOREIGN' }));
    expect(() => openProjectFile(path.join(dir, 'nope.rollout'))).toThrowError(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
    expect(FILE_CODES).toContain('FILE_FOREIGN');
  });
});
