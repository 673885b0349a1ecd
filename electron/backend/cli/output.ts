import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import { makeFolders } from '../project-file/folders';

/** An output the CLI cannot write: exit 1 with one sentence naming the path and the reason, never a raw errno. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

function errnoOf(error: unknown): { code: string; path: string | undefined } | null {
  if (typeof error !== 'object' || error === null || error instanceof ApiError || !('code' in error)) return null;
  const { code, path: at } = error as NodeJS.ErrnoException;
  return typeof code === 'string' && /^(E[A-Z]+|SQLITE_(CANTOPEN|READONLY|FULL|IOERR|PERM)\w*)$/.test(code) ? { code, path: typeof at === 'string' ? at : undefined } : null;
}

/** The reason a write failed, in words; null when the error is not a file-system one. */
export function describeWriteFailure(target: string, error: unknown): string | null {
  const errno = errnoOf(error);
  if (!errno) return null;
  // The temporary sibling's name is private: the sentence names the user's path.
  const at = errno.path === undefined || /^\..*\.tmp(-journal|-wal)?$/.test(path.basename(errno.path)) ? target : errno.path;
  const reasons: Record<string, string> = {
    EACCES: `you do not have permission to write in ${path.dirname(at)}`,
    EPERM: `the system does not allow writing ${at}`,
    ENOTDIR: `${at} is a file, not a folder`,
    EISDIR: `${at} is a folder`,
    ENOENT: at === target ? `a file cannot be created in ${path.dirname(target)}` : `the folder ${at} does not exist and cannot be created`,
    EROFS: `${at} is on a read-only file system`,
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    ENAMETOOLONG: 'the name is too long',
    EEXIST: `${at} already exists`,
    EXDEV: 'the temporary file and the target are on different file systems',
    EBUSY: `${at} is in use by the system`,
  };
  const sqlite: Record<string, string> = {
    SQLITE_CANTOPEN: `a file cannot be created in ${path.dirname(target)}`,
    SQLITE_READONLY: `${path.dirname(target)} is read-only`,
    SQLITE_FULL: 'the disk is full',
    SQLITE_PERM: `you do not have permission to write in ${path.dirname(target)}`,
  };
  const reason = reasons[errno.code] ?? sqlite[errno.code.replace(/^(SQLITE_[A-Z]+).*$/, '$1')] ?? `the system refused (${errno.code})`;
  return `Cannot write ${target}: ${reason}.`;
}

/** Runs a write of `target`; a file-system failure becomes an OutputError with one clear sentence. */
export function writing<T>(target: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const sentence = describeWriteFailure(target, error);
    if (sentence) throw new OutputError(sentence);
    throw error;
  }
}

/** Writes a file atomically: a temporary sibling, fsynced, then renamed over the target. */
export function writeFileAtomic(target: string, bytes: Uint8Array | string): void {
  const resolved = path.resolve(target);
  writing(resolved, () => {
    makeFolders(path.dirname(resolved));
    const temp = path.join(path.dirname(resolved), `.${path.basename(resolved)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
    try {
      const fd = fs.openSync(temp, 'w', 0o644);
      try {
        fs.writeFileSync(fd, bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, resolved);
    } finally {
      fs.rmSync(temp, { force: true });
    }
  });
}
