import { z } from 'zod';
import { Empty, method } from '../method';
import type { OpenProject } from '../contract';

export type BackupReason = 'open' | 'edit' | 'manual' | 'restore';

export interface BackupEntry {
  /** The backup's file name, which is also its id. */
  id: string;
  takenAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

/** Bounds of the backup policy: at least one copy, at most a hundred; an automatic copy at most once a day apart. */
export const BACKUP_LIMITS = { keep: { min: 1, max: 100 }, everyMinutes: { min: 1, max: 24 * 60 } } as const;

/** How many backups of each project are kept, and how many minutes of editing lie at least between two. */
export const BackupPolicy = z
  .object({
    keep: z
      .number({ message: 'Enter a whole number of backups' })
      .int('Enter a whole number of backups')
      .min(BACKUP_LIMITS.keep.min, `Keep at least ${BACKUP_LIMITS.keep.min} backup`)
      .max(BACKUP_LIMITS.keep.max, `Keep at most ${BACKUP_LIMITS.keep.max} backups`),
    everyMinutes: z
      .number({ message: 'Enter a whole number of minutes' })
      .int('Enter a whole number of minutes')
      .min(BACKUP_LIMITS.everyMinutes.min, `At least ${BACKUP_LIMITS.everyMinutes.min} minute`)
      .max(BACKUP_LIMITS.everyMinutes.max, `At most ${BACKUP_LIMITS.everyMinutes.max} minutes (a day)`),
  })
  .strict();
export type BackupPolicy = z.infer<typeof BackupPolicy>;

export const backupsMethods = {
  'backups.list': method(Empty).returns<BackupEntry[]>(),
  'backups.create': method(Empty).returns<BackupEntry>(),
  /** Replaces the open project with the backup; the state it replaces is itself kept as a backup first. */
  'backups.restore': method(z.object({ id: z.string().min(1).max(200) }).strict()).returns<OpenProject>(),
  /** The backup policy of this installation (the settings in the data folder). Needs no project. */
  'backups.policy': method(Empty).returns<BackupPolicy>(),
  /** Changes the policy; the open project's backups beyond the new number go at once, other projects' at their next. */
  'backups.setPolicy': method(z.object({ policy: BackupPolicy }).strict()).returns<BackupPolicy>(),
} as const;
