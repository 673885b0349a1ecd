import fs from 'node:fs';
import { ApiError } from '../../../shared/errors';
import { APPLICATION_ID, APPLICATION_ID_OFFSET, HEADER_SIZE, SQLITE_MAGIC, USER_VERSION_OFFSET } from './format';

export interface FileHeader {
  sizeBytes: number;
  applicationId: number;
  userVersion: number;
}

/**
 * Reads the SQLite header with plain file I/O, so a foreign, newer or damaged file is refused
 * before SQLite is asked to open it (and before anything could be written to it).
 */
export function readHeader(filePath: string): FileHeader {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new ApiError('FILE_NOT_FOUND', `The file ${filePath} does not exist.`);
  }
  if (!stat.isFile()) throw new ApiError('FILE_FOREIGN', `${filePath} is a folder, not a Rollout Planner project.`);
  if (stat.size === 0) throw new ApiError('FILE_CORRUPT', 'The file is empty: it holds no project.');

  const header = Buffer.alloc(HEADER_SIZE);
  const fd = fs.openSync(filePath, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    fs.closeSync(fd);
  }
  const magic = header.subarray(0, SQLITE_MAGIC.length).toString('latin1');
  if (read < SQLITE_MAGIC.length || magic !== SQLITE_MAGIC) {
    throw new ApiError('FILE_FOREIGN', 'This is not a Rollout Planner project: the file is not an SQLite database.');
  }
  if (read < HEADER_SIZE) throw new ApiError('FILE_CORRUPT', 'The project file is truncated: its header is incomplete.');

  const applicationId = header.readInt32BE(APPLICATION_ID_OFFSET) >>> 0;
  if (applicationId !== APPLICATION_ID) {
    throw new ApiError('FILE_FOREIGN', 'This SQLite database belongs to another application, not to Rollout Planner.');
  }
  return { sizeBytes: stat.size, applicationId, userVersion: header.readInt32BE(USER_VERSION_OFFSET) };
}

/** Root may write anywhere, so the permission bits are read, not just access(2). */
export function isWritable(filePath: string): boolean {
  try {
    fs.accessSync(filePath, fs.constants.W_OK);
  } catch {
    return false;
  }
  return (fs.statSync(filePath).mode & 0o222) !== 0;
}
