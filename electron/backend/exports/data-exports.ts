import type Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { documentForReading } from '../interchange/project-document';
import { exportCsv } from './csv-export';
import { exportIcs } from './ics-export';
import { exportMspdi } from './mspdi-export';
import { exportXlsx } from './xlsx-export';

/** The data formats the app writes besides the JSON interchange document. */
export type DataFormat = 'xlsx' | 'csv' | 'mspdi' | 'ics';

export interface ExportedFile { fileName: string; mimeType: string; bytes: Uint8Array }

/** A file name part from the project name: letters, digits, spaces, dots and dashes only, never empty. */
export function safeBaseName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N} ._-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80).replace(/^[.\s]+|[.\s]+$/g, '');
  return safe || 'project';
}

/** The base of every export's file name: the project's name, made safe for any file system. */
export function exportBaseName(db: Database.Database): string {
  const row = db.prepare('SELECT name FROM project LIMIT 1').get() as { name: string } | undefined;
  return safeBaseName(row?.name ?? 'project');
}

/** Exports the open project in one data format. CSV gives one file per table; the others one file. Reads only. */
export async function exportData(
  db: Database.Database,
  format: DataFormat,
  options: { now?: Date; baseName?: string } = {},
): Promise<ExportedFile[]> {
  const now = options.now ?? new Date();
  const base = options.baseName !== undefined ? safeBaseName(options.baseName) : exportBaseName(db);
  const doc = documentForReading(db, now);
  switch (format) {
    case 'xlsx':
      return [exportXlsx(doc, base)];
    case 'csv':
      return exportCsv(doc, base);
    case 'mspdi':
      return [exportMspdi(doc, base)];
    case 'ics':
      return [exportIcs(doc, base, now)];
  }
}

/** Packs files into one zip (the UI downloads CSV tables as one archive). */
export function zipFiles(files: ExportedFile[], zipName: string): ExportedFile {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[file.fileName] = file.bytes;
  return { fileName: zipName, mimeType: 'application/zip', bytes: zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') }) };
}
