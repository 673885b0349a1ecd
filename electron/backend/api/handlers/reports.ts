import { REPORTS } from '../../../../shared/reports/definitions';
import { exportBaseName } from '../../exports/data-exports';
import { renderReportHtml, renderReportPdf, reportSections } from '../../reports';
import type { HandlerMap } from '../handler-types';

export const reportsHandlers: HandlerMap<'reports.sections' | 'reports.preview' | 'reports.export'> = {
  'reports.sections': ({ report }) => reportSections(report),
  'reports.preview': ({ report, sections }, ctx) => ({ html: renderReportHtml(ctx.session().db, report, { sections }) }),
  'reports.export': async ({ report, sections, format }, ctx) => {
    const db = ctx.session().db;
    const fileName = `${exportBaseName(db)} - ${REPORTS[report].title}.${format}`;
    if (format === 'html') return { fileName, base64: Buffer.from(renderReportHtml(db, report, { sections }), 'utf8').toString('base64') };
    const pdf = await renderReportPdf(db, report, { sections, printToPdf: ctx.host.printToPdf });
    return { fileName, base64: Buffer.from(pdf).toString('base64') };
  },
};
