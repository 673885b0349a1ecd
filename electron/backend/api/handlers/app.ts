import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../../shared/errors';
import { SCHEMA_VERSION } from '../../project-file/migrations';
import { FILE_EXTENSION } from '../../project-file/format';
import { readSettings } from '../../settings';
import { APP_VERSION } from '../../version';
import type { HandlerMap } from '../handler-types';

type AppMethods = 'app.info' | 'files.recent' | 'files.list' | 'files.chooseOpenPath' | 'files.chooseSavePath';

export const appHandlers: HandlerMap<AppMethods> = {
  'app.info': (_input, { host }) => ({
    productName: 'Rollout Planner',
    version: APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    host: host.kind,
    projectsDir: host.projectsDir,
    userName: host.userName,
  }),

  'files.recent': (_input, { host }) =>
    readSettings(host.dataDir).recentFiles.map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) })),

  'files.list': (_input, { host }) => {
    if (!fs.existsSync(host.projectsDir)) return [];
    return fs
      .readdirSync(host.projectsDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(FILE_EXTENSION) && !entry.name.startsWith('.'))
      .map((entry) => {
        const full = path.join(host.projectsDir, entry.name);
        const stat = fs.statSync(full);
        return { path: host.kind === 'web' ? entry.name : full, fileName: entry.name, modifiedAt: stat.mtime.toISOString(), sizeBytes: stat.size };
      })
      .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  },

  'files.chooseOpenPath': async (_input, { host }) => {
    if (!host.chooseOpenPath) throw new ApiError('UNSUPPORTED', 'Choosing a file with the system dialog is only available in the desktop app.');
    return host.chooseOpenPath();
  },

  'files.chooseSavePath': async ({ suggestedName }, { host }) => {
    if (!host.chooseSavePath) throw new ApiError('UNSUPPORTED', 'Choosing a file with the system dialog is only available in the desktop app.');
    return host.chooseSavePath(suggestedName);
  },
};
