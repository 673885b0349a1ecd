import path from 'node:path';
import type { OpenProject } from '../../../../shared/api/contract';
import { listBackups, takeBackup } from '../../project-file/backups';
import { ProjectSession } from '../../session';
import { readSettings, rememberRecent } from '../../settings';
import type { HandlerContext } from '../handler-types';

/** Opens `filePath` in this window; the project that was open is closed only once the new one opened. */
export function openInWindow(ctx: HandlerContext, filePath: string): OpenProject {
  const current = ctx.currentSession();
  if (current && path.resolve(current.path) === path.resolve(filePath)) return current.describe();
  const session = ProjectSession.open(filePath, ctx.host.userName);
  ctx.switchTo(session);
  scheduleBackups(ctx, session);
  const described = session.describe();
  rememberRecent(ctx.host.dataDir, {
    path: filePath,
    fileName: described.fileName,
    projectName: described.project.name,
    lastOpenedAt: new Date().toISOString(),
  });
  return described;
}

function lastBackupAge(ctx: HandlerContext, session: ProjectSession): number {
  const [latest] = listBackups(ctx.host.dataDir, session.project().id);
  return latest ? Date.now() - Date.parse(latest.takenAt) : Number.POSITIVE_INFINITY;
}

/**
 * Rolling backups: one when a project opens and at most one every `everyMinutes` of the policy in the settings while
 * it is edited (BACKUP_POLICY by default), the oldest beyond `keep` removed; taken after the answer has gone out so
 * they never slow down the edit that triggered them.
 */
function scheduleBackups(ctx: HandlerContext, session: ProjectSession): void {
  const due = (reason: 'open' | 'edit') => {
    setImmediate(() => {
      if (ctx.currentSession() !== session || !session.db.open) return;
      const policy = readSettings(ctx.host.dataDir).backups;
      if (lastBackupAge(ctx, session) < policy.everyMinutes * 60_000) return;
      try {
        takeBackup(session.db, ctx.host.dataDir, session.project().id, reason, new Date(), policy.keep);
      } catch (error) {
        console.error('Automatic backup failed:', error);
      }
    });
  };
  session.onEdited = () => due('edit');
  due('open');
}

