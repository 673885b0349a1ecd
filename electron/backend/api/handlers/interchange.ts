import path from 'node:path';
import { ApiError } from '../../../../shared/errors';
import { escapeBidiInJson } from '../../../../shared/text/bidi';
import { buildProjectDocument } from '../../interchange/project-document';
import { importProjectDocument, parseDocumentText } from '../../interchange/import-document';
import { documentFromXml } from '../../interchange/xml-source';
import { buildHandoff, type ReportRenderer } from '../../interchange/handoff';
import { printReportHtml, renderReportHtml, type PdfOptions } from '../../reports';
import { redactableFields } from '../../interchange/redactions';
import { fileNameFor, uniquePath } from '../../projects/file-names';
import type { HandlerMap } from '../handler-types';
import { openInWindow } from './open-in-window';

type InterchangeMethods = 'interchange.exportJson' | 'interchange.import' | 'handoff.export' | 'handoff.fields';

/** The project name inside a document, for the new file's name. */
function projectNameOf(doc: unknown): string {
  const tables = (doc as { tables?: { project?: { name?: unknown }[] } } | null)?.tables;
  const name = tables?.project?.[0]?.name;
  return typeof name === 'string' && name.trim() ? name : 'Imported project';
}

/**
 * HTML always; the PDF with the host's printer (Electron's printToPDF in the desktop app, as `reports.export` does),
 * else a Chromium found on the machine (the reports module says why not when there is none).
 */
function handoffReportRenderer(printToPdf: PdfOptions['printToPdf']): ReportRenderer {
  return async (db, report) => {
    const html = renderReportHtml(db, report);
    try {
      return { html, pdf: await printReportHtml(html, printToPdf) };
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNSUPPORTED') return { html, pdf: null, note: error.message };
      throw error;
    }
  };
}

export const interchangeHandlers: HandlerMap<InterchangeMethods> = {
  'interchange.exportJson': (_input, ctx) => {
    const session = ctx.session();
    const text = `${escapeBidiInJson(JSON.stringify(buildProjectDocument(session.db), null, 2))}\n`;
    return { fileName: path.basename(session.path).replace(/\.rollout$/i, '.json'), base64: Buffer.from(text, 'utf8').toString('base64') };
  },

  'interchange.import': ({ fileName, kind, base64, text }, ctx) => {
    const content = text ?? Buffer.from(base64 ?? '', 'base64').toString('utf8');
    const doc = kind === 'json' ? parseDocumentText(content) : documentFromXml(content);
    const target = uniquePath(ctx.host.projectsDir, fileNameFor(projectNameOf(doc)));
    importProjectDocument(doc, target, { actor: ctx.host.userName, sourceName: path.basename(fileName) });
    return openInWindow(ctx, target);
  },

  'handoff.export': async (input, ctx) => {
    const session = ctx.session();
    const pack = await buildHandoff(session.db, input, { actor: ctx.host.userName, renderReport: handoffReportRenderer(ctx.host.printToPdf) });
    return { fileName: pack.fileName, base64: Buffer.from(pack.zip).toString('base64'), summary: pack.summary, notes: pack.notes };
  },

  'handoff.fields': () => redactableFields(),
};
