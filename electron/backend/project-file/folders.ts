import fs from 'node:fs';
import path from 'node:path';

function errnoError(code: string, message: string, at: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}, mkdir '${at}'`), { code, path: at, syscall: 'mkdir' });
}

/**
 * fs.mkdirSync(dir, { recursive: true }) without its failure modes: on Node 24 it never returns for a folder that
 * cannot be made under /proc, and it names the wrong folder when a parent is a file. This walks up to the nearest
 * folder that exists (at most once per path segment), refuses a file in the way, then makes each missing folder.
 * Errors keep Node's shape (code, path) for the caller to put into words.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(current);
    } catch (error) {
      // ENOTDIR: something above is a file; the walk up finds it and names it.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    }
    if (stat) {
      if (!stat.isDirectory()) throw errnoError('ENOTDIR', 'not a directory', current);
      break;
    }
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) throw errnoError('ENOENT', 'no such file or directory', current);
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      fs.mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
