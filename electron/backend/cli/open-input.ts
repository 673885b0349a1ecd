import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import { readHeader } from '../project-file/header';
import { openProjectFile, type ProjectFile } from '../project-file/project-file';
import { trackTemporaryFolder } from '../temp-folders';

/** A project opened for reading by the command line: a private copy, so the input keeps every byte it had. */
export interface InputProject {
  file: ProjectFile;
  /** The schema version of the input as it is on disk (the copy may have been migrated). */
  inputSchemaVersion: number;
  dispose(): void;
}

/** The app holds an exclusive lock while a project is open: a read-only probe meets it as SQLITE_BUSY. */
function refuseIfOpenElsewhere(filePath: string): void {
  let probe: Database.Database | null = null;
  try {
    probe = new Database(filePath, { readonly: true, fileMustExist: true, timeout: 0 });
    probe.pragma('schema_version');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new ApiError('FILE_LOCKED', 'This project is open in Rollout Planner. Close it there first, then run the command again.');
    }
    // Anything else is for the full open below to name.
  } finally {
    probe?.close();
  }
}

/**
 * Opens `filePath` the way the app does (every open-time check: header, integrity, foreign keys, schema; older
 * formats migrated) but on a copy in a temporary folder, so nothing the command does can change the input.
 */
export function openInputProject(filePath: string): InputProject {
  const header = readHeader(filePath);
  refuseIfOpenElsewhere(filePath);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-cli-'));
  const copy = path.join(dir, path.basename(filePath).replace(/\.[^.]*$/, '') + '.rollout');
  const cleanup = trackTemporaryFolder(dir);
  try {
    fs.copyFileSync(filePath, copy);
    if (fs.existsSync(`${filePath}-wal`)) fs.copyFileSync(`${filePath}-wal`, `${copy}-wal`);
    fs.chmodSync(copy, 0o600);
    const file = openProjectFile(copy);
    return { file, inputSchemaVersion: header.userVersion, dispose: () => { file.close(); cleanup(); } };
  } catch (error) {
    cleanup();
    // The copy's name is private; messages should name the user's file.
    if (error instanceof ApiError) throw new ApiError(error.code, error.message.split(copy).join(filePath), error.issues);
    throw error;
  }
}
