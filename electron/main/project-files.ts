import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../shared/errors';
import { FILE_EXTENSION } from '../backend/project-file/format';
import { fileNameFor } from '../backend/projects/file-names';

export const PROJECT_FILTERS = [{ name: 'Rollout Planner project', extensions: ['rollout'] }];

export function hasProjectExtension(filePath: string): boolean {
  return path.extname(filePath).toLowerCase() === FILE_EXTENSION;
}

/**
 * Host.resolveProjectPath of the desktop: any absolute path the user picked, as long as it names a project file.
 * A relative path has no meaning for a window that has no working directory of its own.
 */
export function resolveDesktopProjectPath(input: string): string {
  const trimmed = input.trim();
  if (trimmed.includes('\0')) throw new ApiError('VALIDATION', 'The file path contains an invalid character.', [{ path: ['path'], message: 'Invalid character' }]);
  if (!path.isAbsolute(trimmed)) throw new ApiError('VALIDATION', 'Choose the project file with its full path.', [{ path: ['path'], message: 'Must be an absolute path' }]);
  if (!hasProjectExtension(trimmed)) throw new ApiError('VALIDATION', 'Rollout Planner projects end in .rollout.', [{ path: ['path'], message: 'Must end in .rollout' }]);
  return path.resolve(trimmed);
}

/** GTK's save dialog does not add the filter's extension; without it the file would not open with the app. */
export function withProjectExtension(filePath: string): string {
  return hasProjectExtension(filePath) ? filePath : `${filePath}${FILE_EXTENSION}`;
}

/** The file name the save dialog proposes: the backend's rule for new projects, without a doubled extension. */
export function saveDialogFileName(suggestedName: string): string {
  return fileNameFor(suggestedName.trim().replace(/\.rollout$/i, ''));
}

export function openDialogOptions(projectsDir: string): OpenDialogOptions {
  return { title: 'Open Project', defaultPath: projectsDir, properties: ['openFile'], filters: PROJECT_FILTERS };
}

export function saveDialogOptions(projectsDir: string, suggestedName: string): SaveDialogOptions {
  return {
    title: 'Save Project As',
    defaultPath: path.join(projectsDir, saveDialogFileName(suggestedName)),
    filters: PROJECT_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * The project file named on a command line: a double-click on Windows and Linux starts the app (or a second
 * instance) with the file as an argument, which Linux desktops may pass as a file:// URL. argv[0] is the program.
 */
export function projectPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    let candidate = arg;
    if (arg.startsWith('file://')) {
      try {
        candidate = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (hasProjectExtension(candidate)) return path.resolve(workingDirectory, candidate);
  }
  return null;
}
