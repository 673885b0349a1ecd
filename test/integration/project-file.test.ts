import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { APPLICATION_ID } from '../../electron/backend/project-file/format';
import { SCHEMA_VERSION } from '../../electron/backend/project-file/migrations';
import { createProjectFile, openProjectFile, type ProjectFile } from '../../electron/backend/project-file/project-file';
import { createNewProject } from '../../electron/backend/projects/new-project';
import { ProjectSession } from '../../electron/backend/session';
import { SAMPLE_FIELDS, sideFiles, tempDir } from '../support/backend';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const file of opened.splice(0)) file.close();
});

function newProject(dir = tempDir(), name = 'Plan.rollout'): string {
  const filePath = path.join(dir, name);
  createNewProject(filePath, { fields: SAMPLE_FIELDS, template: 'ten-step', actor: 'tester' });
  return filePath;
}

function open(filePath: string): ProjectFile {
  const file = openProjectFile(filePath);
  opened.push(file);
  return file;
}

function expectRefusal(filePath: string, code: string): ApiError {
  const before = fs.readFileSync(filePath);
  let caught: unknown;
  try {
    open(filePath);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ApiError);
  expect((caught as ApiError).code).toBe(code);
  expect(fs.readFileSync(filePath).equals(before)).toBe(true);
  expect(sideFiles(filePath)).toEqual([]);
  return caught as ApiError;
}

describe('the .rollout file', () => {
  it('is created as one SQLite file with our application id and the current schema', () => {
    const filePath = newProject();
    expect(sideFiles(filePath)).toEqual([]);
    const db = new Database(filePath, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID | 0);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT name FROM project').get()).toEqual({ name: SAMPLE_FIELDS.name });
    expect((db.prepare('SELECT COUNT(*) AS n FROM step').get() as { n: number }).n).toBe(10);
    expect((db.prepare('SELECT COUNT(*) AS n FROM task WHERE parent_id IS NULL').get() as { n: number }).n).toBe(10);
    db.close();
  });

  it('refuses to create over an existing file and leaves no temporary file when creation fails', () => {
    const dir = tempDir();
    const filePath = newProject(dir);
    expect(() => createNewProject(filePath, { fields: SAMPLE_FIELDS, template: 'blank', actor: 't' })).toThrowError(/already exists/);
    const broken = path.join(dir, 'Broken.rollout');
    expect(() => createProjectFile(broken, () => { throw new Error('disk full'); })).toThrowError('disk full');
    expect(fs.readdirSync(dir)).toEqual(['Plan.rollout']);
  });

  it('reopens with everything in it and leaves a single file after closing', () => {
    const filePath = newProject();
    const session = ProjectSession.open(filePath, 'tester');
    session.edit('Rename', (edit) => edit.update('project', session.project().id, { name: 'Renamed' }));
    expect(fs.existsSync(`${filePath}-wal`)).toBe(true);
    session.close();
    expect(sideFiles(filePath)).toEqual([]);
    const again = ProjectSession.open(filePath, 'tester');
    expect(again.project().name).toBe('Renamed');
    again.close();
  });

  it('migrates a file written by an older schema version, keeping a backup of the original', () => {
    const dir = tempDir();
    const filePath = path.join(dir, 'Old.rollout');
    createProjectFile(
      filePath,
      (db) => {
        db.prepare("INSERT INTO project VALUES ('6f1b1c3e-8a38-4a53-9d0f-1f2d3c4b5a69', 'Legacy', '', '', '2026-01-05', '2026-06-30', 'EUR', 'x', 'x')").run();
      },
      1,
    );
    const original = fs.readFileSync(filePath);
    const file = open(filePath);
    expect(file.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(file.db.prepare('SELECT name FROM project').get()).toEqual({ name: 'Legacy' });
    expect(file.db.prepare('SELECT COUNT(*) AS n FROM history_entry').get()).toEqual({ n: 0 });
    expect(fs.readFileSync(`${filePath}.format-1.bak`).equals(original)).toBe(true);
  });

  it('refuses a file that is not SQLite, byte for byte unchanged', () => {
    const filePath = path.join(tempDir(), 'Notes.rollout');
    fs.writeFileSync(filePath, 'These are meeting notes, not a project.\n'.repeat(20));
    expect(expectRefusal(filePath, 'FILE_FOREIGN').message).toMatch(/not an SQLite database/);
  });

  it('refuses the SQLite database of another application', () => {
    const filePath = path.join(tempDir(), 'Other.rollout');
    const db = new Database(filePath);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    expect(expectRefusal(filePath, 'FILE_FOREIGN').message).toMatch(/another application/);
  });

  it('refuses a file made by a newer version and says which', () => {
    const filePath = newProject();
    const db = new Database(filePath);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.prepare("UPDATE meta SET value = '9.2.0' WHERE key = 'app_version'").run();
    db.close();
    const error = expectRefusal(filePath, 'FILE_NEWER');
    expect(error.message).toMatch(/Rollout Planner 9\.2\.0/);
    expect(error.message).toContain(`file format ${SCHEMA_VERSION + 5}`);
  });

  it('refuses a corrupt file: damaged pages and broken references', () => {
    const truncated = newProject(tempDir(), 'Truncated.rollout');
    const bytes = fs.readFileSync(truncated);
    fs.writeFileSync(truncated, bytes.subarray(0, 60));
    expectRefusal(truncated, 'FILE_CORRUPT');

    const damaged = newProject(tempDir(), 'Damaged.rollout');
    const content = fs.readFileSync(damaged);
    const pageSize = content.readUInt16BE(16);
    for (let page = 1; page < content.length / pageSize; page++) content.fill(0xa5, page * pageSize + 8, page * pageSize + 200);
    fs.writeFileSync(damaged, content);
    expectRefusal(damaged, 'FILE_CORRUPT');

    const dangling = newProject(tempDir(), 'Dangling.rollout');
    const db = new Database(dangling);
    db.pragma('foreign_keys = OFF');
    db.prepare("UPDATE task SET parent_id = 'ffffffff-ffff-4fff-8fff-ffffffffffff' WHERE parent_id IS NOT NULL").run();
    db.close();
    expect(expectRefusal(dangling, 'FILE_CORRUPT').message).toMatch(/point to records that do not exist/);
  });

  it('gives FILE_LOCKED to a second opener while the first has it open', () => {
    const filePath = newProject();
    open(filePath);
    const before = fs.readFileSync(filePath);
    expect(() => openProjectFile(filePath)).toThrowError(expect.objectContaining({ code: 'FILE_LOCKED' }));
    expect(fs.readFileSync(filePath).equals(before)).toBe(true);
  });

  it('refuses a missing file and a read-only file', () => {
    expect(() => openProjectFile(path.join(tempDir(), 'Nope.rollout'))).toThrowError(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
    const filePath = newProject();
    fs.chmodSync(filePath, 0o444);
    expectRefusal(filePath, 'FILE_READONLY');
  });

  it('Save As writes a valid single-file copy through a temporary name', () => {
    const dir = tempDir();
    const filePath = newProject(dir);
    const session = ProjectSession.open(filePath, 'tester');
    session.edit('Rename', (edit) => edit.update('project', session.project().id, { name: 'Before copy' }));
    const copyPath = path.join(dir, 'Copy.rollout');
    session.saveAs(copyPath);
    session.close();
    expect(fs.readdirSync(dir).sort()).toEqual(['Copy.rollout', 'Plan.rollout']);
    const copy = ProjectSession.open(copyPath, 'tester');
    expect(copy.project().name).toBe('Before copy');
    expect(copy.history.state().canUndo).toBe(true);
    copy.close();
    expect(sideFiles(copyPath)).toEqual([]);
  });
});
