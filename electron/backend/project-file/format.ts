/** Constants of the .rollout file format (docs/file-format.md). */

/** PRAGMA application_id of every .rollout file: the ASCII bytes "ROLL". */
export const APPLICATION_ID = 0x524f4c4c;
export const FILE_EXTENSION = '.rollout';
export const SQLITE_MAGIC = 'SQLite format 3\u0000';
export const HEADER_SIZE = 100;
/** Offsets of the 4-byte big-endian fields in the SQLite header. */
export const USER_VERSION_OFFSET = 60;
export const APPLICATION_ID_OFFSET = 68;
