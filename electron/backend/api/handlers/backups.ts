import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { openProjectFile } from '../../project-file/project-file';
import { backupPath, listBackups, pruneBackups, takeBackup } from '../../project-file/backups';
import { readSettings, writeSettings } from '../../settings';
import type { HandlerMap } from '../handler-types';
import { openInWindow } from './open-in-window';

type BackupMethods = 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.policy' | 'backups.setPolicy';

export const backupHandlers: HandlerMap<BackupMethods> = {
  'backups.list': (_input, ctx) => listBackups(ctx.host.dataDir, ctx.session().project().id),

  'backups.create': (_input, ctx) => {
    const session = ctx.session();
    return takeBackup(session.db, ctx.host.dataDir, session.project().id, 'manual', new Date(), readSettings(ctx.host.dataDir).backups.keep);
  },

  'backups.restore': ({ id }, ctx) => {
    const session = ctx.session();
    const projectId = session.project().id;
    const source = backupPath(ctx.host.dataDir, projectId, id);
    // The backup is checked by opening a copy of it before anything of the open project is touched.
    const staged = path.join(path.dirname(session.path), `.${path.basename(session.path)}.${crypto.randomBytes(6).toString('hex')}.restore`);
    fs.copyFileSync(source, staged);
    try {
      openProjectFile(staged).close();
      takeBackup(session.db, ctx.host.dataDir, projectId, 'restore', new Date(), readSettings(ctx.host.dataDir).backups.keep);
      const target = session.path;
      ctx.switchTo(null);
      fs.renameSync(staged, target);
      return openInWindow(ctx, target);
    } finally {
      fs.rmSync(staged, { force: true });
    }
  },

  'backups.policy': (_input, ctx) => readSettings(ctx.host.dataDir).backups,

  'backups.setPolicy': ({ policy }, ctx) => {
    const saved = writeSettings(ctx.host.dataDir, { backups: policy }).backups;
    const session = ctx.currentSession();
    if (session) pruneBackups(ctx.host.dataDir, session.project().id, saved.keep);
    return saved;
  },
};
