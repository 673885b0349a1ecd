import type Database from 'better-sqlite3';
import { exportData, type DataFormat, type ExportedFile } from '../exports/data-exports';
import { renderReportHtml, renderReportPdf, reportSections, type ReportKind } from '../reports';

export type { ExportedFile, ReportKind };
export { reportSections };

export const DATA_FORMATS = ['xlsx', 'csv', 'mspdi', 'ics'] as const satisfies readonly DataFormat[];
export const REPORT_FORMATS = ['html', 'pdf'] as const;
export const REPORT_KINDS = ['executive', 'vendors', 'budget', 'status'] as const satisfies readonly ReportKind[];

/** The data exports (electron/backend/exports): CSV gives one file per table, the others one file. */
export function exportDataFiles(db: Database.Database, format: DataFormat, now: Date): Promise<ExportedFile[]> {
  return exportData(db, format, { now });
}

/** A report as HTML or PDF (electron/backend/reports; PDF through a Chromium found on the machine). */
export async function exportReport(db: Database.Database, format: (typeof REPORT_FORMATS)[number], report: ReportKind, sections: string[] | undefined): Promise<Uint8Array> {
  const options = sections ? { sections } : {};
  if (format === 'html') return new TextEncoder().encode(renderReportHtml(db, report, options));
  return renderReportPdf(db, report, options);
}
