import { z } from 'zod';
import { method } from '../method';

/** The data formats of `exports.data`: a workbook, CSV tables (one zip), MS Project XML and an iCalendar file. */
export const DATA_EXPORT_FORMATS = ['xlsx', 'csv', 'mspdi', 'ics'] as const;
export const DataExportFormat = z.enum(DATA_EXPORT_FORMATS, { message: 'Choose xlsx, csv, mspdi or ics' });
export type DataExportFormat = z.infer<typeof DataExportFormat>;

/** One file to save, its bytes in base64 (the transports carry JSON). */
export interface DataExportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export const exportsMethods = {
  /** The open project as data in one format; CSV tables come zipped in one file. Reads only. */
  'exports.data': method(z.object({ format: DataExportFormat }).strict()).returns<DataExportFile>(),
} as const;
