import path from 'node:path';
import type { OpenProject } from '../../../../shared/api/contract';
import { listBackups, takeBackup } from '../../project-file/backups';
import { readStepSummaries } from '../../projects/steps';
import { ProjectSession } from '../../session';
import { readSettings, rememberRecent } from '../../settings';
import type { HandlerContext } from '../handler-types';
import { BACKUP_LIMITS } from '../../../../shared/api/methods/backups';

/** Opens `filePath` in this window; the project that was open is closed only once the new one opened. */
export function openInWindow(ctx: HandlerContext, filePath: string): OpenProject {
  const current = ctx.currentSession();
  if (current && path.resolve(current.path) === path.resolve(filePath)) return current.describe();
  const session = ProjectSession.open(filePath, ctx.host.userName);
  ctx.switchTo(session);
  const backupIfDue = scheduleBackups(ctx, session);
  session.onEdited = () => {
    prepareReads(ctx, session);
    backupIfDue();
  };
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
 * After an edit the renderer draws the change, then reads the step summaries again (the sidebar, the Overview):
 * computed here in the meantime, once the edit's answer has gone out, that read finds them ready (readStepSummaries
 * keeps them while nothing changes). With 5,000 tasks, scheduling the plan is most of that work.
 */
function prepareReads(ctx: HandlerContext, session: ProjectSession): void {
  setImmediate(() => {
    if (ctx.currentSession() !== session || !session.db.open) return;
    try {
      readStepSummaries(session.db);
    } catch {
      // Deliberately quiet: the read that follows reports the same problem to the person.
    }
  });
}

/**
 * Rolling backups: one when a project opens and at most one every `everyMinutes` of the policy in the settings while
 * it is edited (BACKUP_POLICY by default; the function returned is called after each edit), the oldest beyond `keep`
 * removed; taken after the answer has gone out so they never slow down the edit that triggered them.
 */
function scheduleBackups(ctx: HandlerContext, session: ProjectSession): () => void {
  // An edit that is not due for a backup touches no file: the last backup's time is kept here once known
  // (the folder is listed once per open). The policy is read from the settings when a backup may be due, so a
  // change in the Restore panel applies from the next one.
  let lastAt: number | null = null;
  const due = (reason: 'open' | 'edit') => {
    setImmediate(() => {
      if (ctx.currentSession() !== session || !session.db.open) return;
      const now = Date.now();
      if (lastAt === null) lastAt = now - lastBackupAge(ctx, session);
      // No policy allows less than BACKUP_LIMITS' minimum: within it, the settings need not be read at all.
      if (reason === 'edit' && now - lastAt < BACKUP_LIMITS.everyMinutes.min * 60_000) return;
      const policy = readSettings(ctx.host.dataDir).backups;
      if (now - lastAt < policy.everyMinutes * 60_000) return;
      try {
        takeBackup(session.db, ctx.host.dataDir, session.project().id, reason, new Date(now), policy.keep);
        lastAt = now;
      } catch (error) {
        console.error('Automatic backup failed:', error);
      }
    });
  };
  due('open');
  return () => due('edit');
}

