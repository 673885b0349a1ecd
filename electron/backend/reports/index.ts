import type Database from 'better-sqlite3';
import { buildReport, REPORT_KINDS, reportSectionList, type ReportKind } from '../../../shared/reports/definitions';
import { renderHtml } from '../../../shared/reports/html';
import { documentForReading } from '../interchange/project-document';
import { readRedactions } from '../interchange/redactions';
import { printWithChromium } from './chromium';

/**
 * Reports of the project (docs/reports.md): one pure definition per report in shared/reports/, built from the
 * interchange document, rendered to a standalone HTML document and printed to PDF by a Chromium (Electron's
 * printToPDF in the desktop app).
 */
export type { ReportKind };
export { REPORT_KINDS };

export interface ReportOptions {
  /** Section ids to include, in any order (the report keeps its own order); all when absent. */
  sections?: string[];
  now?: Date;
}

export interface PdfOptions extends ReportOptions {
  /** The host's printer (Electron's webContents.printToPDF); a Chromium found on the machine otherwise. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
}

export function reportSections(report: ReportKind): { id: string; title: string }[] {
  return reportSectionList(report);
}

export function renderReportHtml(db: Database.Database, report: ReportKind, options: ReportOptions = {}): string {
  const now = options.now ?? new Date();
  // A hand-off copy records what was redacted in it: its reports say "redacted" rather than show the zeros.
  const redacted = readRedactions(db);
  return renderHtml(buildReport(documentForReading(db, now), report, { sections: options.sections, now, redacted: { costFigures: redacted?.costFigures === true } }));
}

/** Prints a report's HTML to PDF: the host's printer when it has one, a Chromium found on the machine otherwise. */
export function printReportHtml(html: string, printToPdf?: PdfOptions['printToPdf']): Promise<Uint8Array> {
  return printToPdf ? printToPdf(html) : printWithChromium(html);
}

export async function renderReportPdf(db: Database.Database, report: ReportKind, options: PdfOptions = {}): Promise<Uint8Array> {
  return printReportHtml(renderReportHtml(db, report, options), options.printToPdf);
}
