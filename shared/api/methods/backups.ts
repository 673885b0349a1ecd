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

export const backupsMethods = {
  'backups.list': method(Empty).returns<BackupEntry[]>(),
  'backups.create': method(Empty).returns<BackupEntry>(),
  /** Replaces the open project with the backup; the state it replaces is itself kept as a backup first. */
  'backups.restore': method(z.object({ id: z.string().min(1).max(200) }).strict()).returns<OpenProject>(),
} as const;
