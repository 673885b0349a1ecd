import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import { APPLICATION_ID, FILE_EXTENSION } from './format';
import { isWritable, readHeader } from './header';
import { SCHEMA_VERSION, migrate } from './migrations';
import { verifySchema } from './schema-check';
import { verifyHierarchy } from './hierarchy-check';
import { makeFolders } from './folders';
import { APP_VERSION } from '../version';

/** An open .rollout file: one connection holding an exclusive lock until close(). */
export interface ProjectFile {
  readonly path: string;
  readonly db: Database.Database;
  close(): void;
}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

function newerVersionMessage(filePath: string, fileVersion: number): string {
  let writer = '';
  try {
    const probe = new Database(filePath, { readonly: true, fileMustExist: true });
    try {
      const row = probe.prepare("SELECT value FROM meta WHERE key = 'app_version'").get() as { value: string } | undefined;
      if (row) writer = ` Rollout Planner ${row.value}`;
    } finally {
      probe.close();
    }
  } catch {
    // The writer's version is a courtesy; the schema number below is enough to refuse.
  }
  return `This project was saved by a newer version${writer || ' of Rollout Planner'} (file format ${fileVersion}); this is version ${APP_VERSION}, which reads format ${SCHEMA_VERSION} and older. Update Rollout Planner to open it.`;
}

/** Copies the file before a migration touches it, so the user can go back to the old version's file. */
function backupBeforeMigration(filePath: string, fromVersion: number): string {
  const backupPath = `${filePath}.format-${fromVersion}.bak`;
  fs.copyFileSync(filePath, backupPath);
  return backupPath;
}

function configure(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  // WAL in exclusive mode needs no -shm file; the WAL itself is removed on close (see closeFile).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
}

function verifyIntegrity(db: Database.Database, version: number): void {
  const quick = db.pragma('quick_check', { simple: true });
  if (quick !== 'ok') throw new ApiError('FILE_CORRUPT', `The project file is damaged (integrity check: ${String(quick)}).`);
  const broken = db.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) {
    throw new ApiError('FILE_CORRUPT', `The project file is damaged: ${broken.length} record(s) point to records that do not exist.`);
  }
  verifySchema(db, version);
  verifyHierarchy(db);
}

/**
 * Opens an existing project. Every refusal (foreign, newer, corrupt, locked, read-only) happens
 * before the first write, so a refused file keeps every byte it had.
 */
export function openProjectFile(filePath: string): ProjectFile {
  const header = readHeader(filePath);
  if (header.userVersion > SCHEMA_VERSION) throw new ApiError('FILE_NEWER', newerVersionMessage(filePath, header.userVersion));
  if (!isWritable(filePath)) {
    throw new ApiError('FILE_READONLY', 'The project file is read-only. Make it writable, or copy it to a folder where you can edit it.');
  }

  let db: Database.Database;
  try {
    db = new Database(filePath, { fileMustExist: true, timeout: 0 });
  } catch (error) {
    throw new ApiError('FILE_CORRUPT', `The project file cannot be opened (${sqliteCode(error) || 'unknown error'}).`);
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    try {
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      const code = sqliteCode(error);
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
        throw new ApiError('FILE_LOCKED', 'This project is already open in another window or another copy of Rollout Planner.');
      }
      throw new ApiError('FILE_CORRUPT', `The project file cannot be read (${code || 'unknown error'}).`);
    }
    let problem: ApiError | null = null;
    try {
      if (header.userVersion < 1) throw new ApiError('FILE_CORRUPT', 'The project file has no schema: it was never completely created.');
      verifyIntegrity(db, header.userVersion);
    } catch (error) {
      problem = error instanceof ApiError ? error : new ApiError('FILE_CORRUPT', `The project file is damaged (${sqliteCode(error) || 'unreadable'}).`);
    }
    try {
      db.exec('COMMIT');
    } catch {
      // A damaged file may refuse even this; the refusal below already says why.
    }
    if (problem) throw problem;
    if (header.userVersion < SCHEMA_VERSION) {
      backupBeforeMigration(filePath, header.userVersion);
      migrate(db);
    }
    configure(db);
    db.prepare("INSERT INTO meta(key, value) VALUES ('app_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(APP_VERSION);
    return { path: filePath, db, close: () => closeFile(db) };
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    throw new ApiError('FILE_CORRUPT', `The project file could not be prepared for editing (${sqliteCode(error) || 'unreadable'}).`);
  }
}

/** Leaves one self-contained file: the WAL is folded in and the file switched back to a rollback journal. */
function closeFile(db: Database.Database): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** A temporary name in the same folder, so the final rename stays on one file system. */
function temporarySibling(finalPath: string): string {
  return path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/** Moves a finished temporary file into place without ever replacing a file that appeared meanwhile. */
function publish(tempPath: string, finalPath: string, replace: boolean): void {
  const fd = fs.openSync(tempPath, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (replace) {
    fs.renameSync(tempPath, finalPath);
    return;
  }
  try {
    fs.linkSync(tempPath, finalPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ApiError('FILE_EXISTS', `A file named ${path.basename(finalPath)} already exists.`);
    throw error;
  } finally {
    fs.rmSync(tempPath, { force: true });
  }
}

function assertExtension(filePath: string): void {
  if (path.extname(filePath).toLowerCase() !== FILE_EXTENSION) {
    throw new ApiError('VALIDATION', `A project file name must end in ${FILE_EXTENSION}.`, [{ path: ['path'], message: `Use a name ending in ${FILE_EXTENSION}` }]);
  }
}

/**
 * Creates a new project file: built completely under a temporary name, then published,
 * so a failure never leaves a half-written project behind.
 */
export function createProjectFile(filePath: string, fill: (db: Database.Database) => void, schemaVersion = SCHEMA_VERSION): void {
  assertExtension(filePath);
  if (fs.existsSync(filePath)) throw new ApiError('FILE_EXISTS', `A file named ${path.basename(filePath)} already exists.`);
  makeFolders(path.dirname(filePath));
  const tempPath = temporarySibling(filePath);
  try {
    const db = new Database(tempPath);
    try {
      db.pragma(`application_id = ${APPLICATION_ID | 0}`);
      db.pragma('foreign_keys = ON');
      migrate(db, schemaVersion);
      db.transaction(() => {
        db.prepare("INSERT INTO meta(key, value) VALUES ('app_version', ?), ('created_by', 'Rollout Planner')").run(APP_VERSION);
        fill(db);
      })();
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    publish(tempPath, filePath, false);
  } finally {
    fs.rmSync(tempPath, { force: true });
    fs.rmSync(`${tempPath}-journal`, { force: true });
  }
}

/** Save As: a consistent copy through VACUUM INTO, fsynced, then renamed into place. */
export function copyProjectFile(source: ProjectFile, targetPath: string): void {
  assertExtension(targetPath);
  if (path.resolve(targetPath) === path.resolve(source.path)) {
    throw new ApiError('CONFLICT', 'Choose a different file name: this is the file that is open.');
  }
  makeFolders(path.dirname(targetPath));
  const tempPath = temporarySibling(targetPath);
  try {
    source.db.prepare('VACUUM INTO ?').run(tempPath);
    // VACUUM INTO copies the source's journal mode into the header; the copy must be a plain single file.
    const copy = new Database(tempPath);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    publish(tempPath, targetPath, true);
  } finally {
    fs.rmSync(tempPath, { force: true });
  }
}
