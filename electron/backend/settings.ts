import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { z } from 'zod';
import { BackupPolicy } from '../../shared/api/methods/backups';
import { BACKUP_POLICY } from './project-file/backups';
import { makeFolders } from './project-file/folders';

const RecentEntry = z.object({
  path: z.string(),
  fileName: z.string(),
  projectName: z.string(),
  lastOpenedAt: z.string(),
});

const WindowBounds = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
  maximized: z.boolean(),
});

export const Settings = z.object({
  recentFiles: z.array(RecentEntry).default([]),
  windowBounds: WindowBounds.optional(),
  userName: z.string().optional(),
  /** A broken value falls back to the default policy without costing the rest of the settings. */
  backups: BackupPolicy.default({ ...BACKUP_POLICY }).catch({ ...BACKUP_POLICY }),
});
export type Settings = z.infer<typeof Settings>;
export type RecentEntry = z.infer<typeof RecentEntry>;

export const RECENT_LIMIT = 10;
const FILE_NAME = 'settings.json';

/** A missing or unreadable settings file gives the defaults: settings are a convenience, never a reason to fail. */
export function readSettings(dataDir: string): Settings {
  try {
    const text = fs.readFileSync(path.join(dataDir, FILE_NAME), 'utf8');
    return Settings.parse(JSON.parse(text));
  } catch {
    return Settings.parse({});
  }
}

/** Written to a temporary file and renamed, so a crash never leaves half a settings file. */
export function writeSettings(dataDir: string, patch: Partial<Settings>): Settings {
  const next = Settings.parse({ ...readSettings(dataDir), ...patch });
  makeFolders(dataDir);
  const target = path.join(dataDir, FILE_NAME);
  const temp = `${target}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(next, null, 2));
  fs.renameSync(temp, target);
  return next;
}

export function rememberRecent(dataDir: string, entry: RecentEntry): Settings {
  const others = readSettings(dataDir).recentFiles.filter((r) => r.path !== entry.path);
  return writeSettings(dataDir, { recentFiles: [entry, ...others].slice(0, RECENT_LIMIT) });
}
