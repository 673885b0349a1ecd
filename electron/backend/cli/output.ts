import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Writes a file atomically: a temporary sibling, fsynced, then renamed over the target. */
export function writeFileAtomic(target: string, bytes: Uint8Array | string): void {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const temp = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'w', 0o644);
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
