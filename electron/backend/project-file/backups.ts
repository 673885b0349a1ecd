import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { BackupEntry, BackupReason } from '../../../shared/api/methods/backups';
import { makeFolders } from './folders';

/**
 * The default policy: how many backups of a project are kept, and how often one is taken while the project is being
 * edited. Both can be changed in the settings (`backups.setPolicy`); shared/api/methods/backups.ts has the bounds.
 */
export const BACKUP_POLICY = { keep: 10, everyMinutes: 10 } as const;

const NAME = /^(\d{8}T\d{6}\d{3}Z)-(open|edit|manual|restore)\.rollout$/;

/** Backups live in the app's data folder, one folder per project id, so they never clutter the project folder. */
export function backupFolder(dataDir: string, projectId: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(projectId)) throw new ApiError('VALIDATION', 'Not a project id.');
  return path.join(dataDir, 'backups', projectId);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(text: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : text;
}

export function listBackups(dataDir: string, projectId: string): BackupEntry[] {
  const folder = backupFolder(dataDir, projectId);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => ({
      id: name,
      takenAt: parseStamp(match[1] ?? ''),
      reason: match[2] as BackupReason,
      sizeBytes: fs.statSync(path.join(folder, name)).size,
    }))
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Removes the oldest backups beyond `keep`; answers how many went. */
export function pruneBackups(dataDir: string, projectId: string, keep: number): number {
  const folder = backupFolder(dataDir, projectId);
  const old = listBackups(dataDir, projectId).slice(Math.max(1, keep));
  for (const entry of old) fs.rmSync(path.join(folder, entry.id), { force: true });
  return old.length;
}

/** A consistent copy through VACUUM INTO (the open connection keeps its lock), then the oldest beyond `keep` go. */
export function takeBackup(
  db: Database.Database, dataDir: string, projectId: string, reason: BackupReason, now = new Date(), keep: number = BACKUP_POLICY.keep,
): BackupEntry {
  const folder = backupFolder(dataDir, projectId);
  makeFolders(folder);
  const name = `${stamp(now)}-${reason}.rollout`;
  const target = path.join(folder, name);
  const temp = `${target}.tmp`;
  fs.rmSync(temp, { force: true });
  db.prepare('VACUUM INTO ?').run(temp);
  fs.renameSync(temp, target);
  pruneBackups(dataDir, projectId, keep);
  return { id: name, takenAt: now.toISOString(), reason, sizeBytes: fs.statSync(target).size };
}

export function backupPath(dataDir: string, projectId: string, backupId: string): string {
  if (!NAME.test(backupId)) throw new ApiError('VALIDATION', 'Not a backup of this project.', [{ path: ['id'], message: 'Unknown backup' }]);
  const filePath = path.join(backupFolder(dataDir, projectId), backupId);
  if (!fs.existsSync(filePath)) throw new ApiError('NOT_FOUND', 'That backup no longer exists.');
  return filePath;
}
