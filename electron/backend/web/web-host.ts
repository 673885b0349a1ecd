import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import type { Host } from '../host';

/** Web mode may only touch project files inside its projects folder: the browser names files, not paths. */
export function createWebHost(projectsDir: string, dataDir: string, userName: string): Host {
  const root = path.resolve(projectsDir);
  return {
    kind: 'web',
    projectsDir: root,
    dataDir: path.resolve(dataDir),
    userName,
    resolveProjectPath(input: string): string {
      const candidate = path.isAbsolute(input) ? path.resolve(input) : path.resolve(root, input);
      if (path.dirname(candidate) !== root || path.basename(candidate).startsWith('.')) {
        throw new ApiError('VALIDATION', 'In the web mode, projects live in the projects folder: give a file name, not a path.', [
          { path: ['path'], message: 'Give a file name inside the projects folder' },
        ]);
      }
      return candidate;
    },
  };
}
