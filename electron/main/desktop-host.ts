// Glue: the Host the backend runs with on the desktop. Decisions (paths, dialog options) live in project-files.ts.
import os from 'node:os';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Host } from '../backend/host';
import { readSettings } from '../backend/settings';
import { printHtmlToPdf } from './report-printer';
import { openDialogOptions, resolveDesktopProjectPath, saveDialogOptions, withProjectExtension } from './project-files';
import { makeFolders } from '../backend/project-file/folders';

function osUserName(): string {
  // userInfo() throws when the account has no passwd entry (some containers and directory setups).
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'Unknown user';
  }
}

export function createDesktopHost(getWindow: () => BrowserWindow | null): Host {
  const dataDir = app.getPath('userData');
  const projectsDir = path.join(app.getPath('documents'), 'Rollout Planner');
  try {
    makeFolders(projectsDir);
  } catch (error) {
    // Not fatal: the user can still open and save projects elsewhere through the dialogs.
    console.error(`Could not create ${projectsDir}:`, error);
  }

  return {
    kind: 'desktop',
    projectsDir,
    dataDir,
    userName: readSettings(dataDir).userName ?? osUserName(),
    resolveProjectPath: resolveDesktopProjectPath,
    async chooseOpenPath() {
      const window = getWindow();
      const options = openDialogOptions(projectsDir);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName) {
      const window = getWindow();
      const options = saveDialogOptions(projectsDir, suggestedName);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withProjectExtension(result.filePath);
    },
    printToPdf: printHtmlToPdf,
  };
}
