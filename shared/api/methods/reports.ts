import { z } from 'zod';
import { method } from '../method';
import { REPORT_KINDS } from '../../reports/definitions';

export { REPORT_KINDS };

const Report = z.enum(REPORT_KINDS, { message: 'Choose the executive, vendor, budget or status report' });
/** Section ids of the chosen report; absent means all. Unknown ids are ignored (the report lists its own). */
const Sections = z.array(z.string().trim().min(1).max(60)).max(50).optional();

export interface ReportSectionInfo {
  id: string;
  title: string;
}

export const reportsMethods = {
  /** The sections of one report, in order, so the user can pick before exporting. Needs no project. */
  'reports.sections': method(z.object({ report: Report }).strict()).returns<ReportSectionInfo[]>(),
  /** The report as the exact standalone HTML that the export writes. Reads only. */
  'reports.preview': method(z.object({ report: Report, sections: Sections }).strict()).returns<{ html: string }>(),
  /** The report as a file: HTML, or PDF printed by Electron or a Chromium on this machine. Reads only. */
  'reports.export': method(z.object({ report: Report, sections: Sections, format: z.enum(['html', 'pdf'], { message: 'Choose HTML or PDF' }) }).strict())
    .returns<{ fileName: string; base64: string }>(),
} as const;
