import fs from 'node:fs';

/**
 * Temporary folders in use by this process (the command line's private copy of a project, a PDF being printed):
 * removed by their owner when done, and by removeTemporaryFolders() when the process is stopped first. Only the
 * command line installs the signal handlers (cli/main.ts); the app and the web server keep their own.
 */
const live = new Map<string, () => void>();

/** Registers `dir` (and what else must stop with it); answers the function that removes it now. */
export function trackTemporaryFolder(dir: string, alsoStop?: () => void): () => void {
  const remove = () => {
    live.delete(dir);
    try {
      alsoStop?.();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  live.set(dir, remove);
  return remove;
}

export function removeTemporaryFolders(): void {
  for (const remove of [...live.values()]) {
    try {
      remove();
    } catch {
      // Best effort on the way out: the folder is in the system's temporary folder.
    }
  }
}

let installed = false;

/** On exit, and on SIGINT, SIGTERM or SIGHUP (then ended by the same signal, the usual way), nothing is left behind. */
export function removeTemporaryFoldersOnSignals(): void {
  if (installed) return;
  installed = true;
  process.once('exit', removeTemporaryFolders);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTemporaryFolders();
      // The listener is gone (once): the signal now ends the process by default, with the status a shell expects.
      process.kill(process.pid, signal);
    });
  }
}
