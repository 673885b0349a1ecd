import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { ApiError } from '../../../shared/errors';
import type { HandoffInput, HandoffReport } from '../../../shared/api/methods/interchange';
import { AuditTrail } from '../history/audit';
import { openProjectFile } from '../project-file/project-file';
import { fileNameFor } from '../projects/file-names';
import { checkConsistency } from './check';
import { applyRedactions, recordRedactions, resolveNamedFields } from './redactions';

/** Renders one report of the (redacted) copy; answers the HTML and, when a PDF renderer is available, the PDF. */
export type ReportRenderer = (db: Database.Database, report: HandoffReport) => Promise<{ html: string; pdf: Uint8Array | null; note?: string }>;

export interface HandoffPackage {
  fileName: string;
  zip: Uint8Array;
  summary: string[];
  notes: string[];
}

const REPORT_TITLES: Record<HandoffReport, string> = { executive: 'Executive report', vendors: 'Vendor evaluation report', budget: 'Budget report', status: 'Status report' };

function redactionsMarkdown(projectName: string, now: Date, lines: string[], squashed: boolean, reports: string[]): string {
  return [
    `# Hand-off copy of "${projectName}"`,
    '',
    `Made on ${now.toISOString().slice(0, 10)} with Rollout Planner.`,
    '',
    '## What was redacted',
    '',
    ...(lines.length > 0 ? lines.map((l) => `- ${l}`) : ['- Nothing: the copy holds every record of the project.']),
    '',
    '## History',
    '',
    squashed
      ? '- The undo history and the audit trail were emptied; the trail keeps one entry saying this copy was made.'
      : lines.length > 0
        ? '- The undo history was emptied (it holds earlier values of the redacted records). The audit trail keeps who did what and when, without the before and after values.'
        : '- The undo history and the audit trail are kept as they were.',
    '',
    '## Files',
    '',
    `- ${fileNameFor(`${projectName} (hand-off)`)}: the project, compacted (free pages holding old values removed). Open it in Rollout Planner.`,
    ...reports.map((r) => `- ${r}`),
    '',
  ].join('\n');
}

/**
 * The consultant's hand-off: a compacted copy of the open project (VACUUM INTO), redacted in the copy, optionally with
 * its history squashed, checked like `rollout check`, zipped with the chosen reports and REDACTIONS.md.
 * The open project is only read.
 */
export async function buildHandoff(source: Database.Database, input: HandoffInput, options: { actor: string; now?: Date; renderReport?: ReportRenderer }): Promise<HandoffPackage> {
  const now = options.now ?? new Date();
  const named = resolveNamedFields(input.redactions.fields);
  const projectName = (source.prepare('SELECT name FROM project LIMIT 1').get() as { name: string }).name;
  const copyName = fileNameFor(`${projectName} (hand-off)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-handoff-'));
  try {
    const copyPath = path.join(dir, copyName);
    source.prepare('VACUUM INTO ?').run(copyPath);
    const db = new Database(copyPath);
    let lines: string[];
    try {
      db.pragma('journal_mode = DELETE');
      db.pragma('foreign_keys = ON');
      const redacted = db.transaction(() => {
        const result = applyRedactions(db, input.redactions, named);
        const anything = result.lines.length > 0;
        if (anything) recordRedactions(db, input.redactions);
        if (input.squashHistory || anything) db.exec('DELETE FROM history_change; DELETE FROM history_entry;');
        if (input.squashHistory) db.exec('DELETE FROM audit_log;');
        else if (anything) db.exec('UPDATE audit_log SET before_json = NULL, after_json = NULL');
        const project = db.prepare('SELECT id FROM project LIMIT 1').get() as { id: string };
        const what = anything ? result.lines.map((l) => l.split(':')[0]?.toLowerCase()).join(', ') : 'nothing';
        new AuditTrail(db, options.actor).write({ at: now.toISOString(), action: 'file', table: 'project', rowId: project.id, summary: `Hand-off copy made; redacted: ${what}` });
        return result;
      })();
      lines = redacted.lines;
      // Rewrites the file without the free pages that still hold the values redacted above.
      db.exec('VACUUM');
    } finally {
      db.close();
    }

    const files: Record<string, Uint8Array> = {};
    const reportLines: string[] = [];
    const notes: string[] = [];
    const copy = openProjectFile(copyPath);
    try {
      const report = checkConsistency(copy.db);
      if (report.problems.length > 0) throw new ApiError('CONFLICT', `The hand-off copy does not pass the checks: ${report.problems[0] ?? ''}`);
      for (const kind of input.reports) {
        if (!options.renderReport) {
          notes.push(`${REPORT_TITLES[kind]}: reports are not available in this build.`);
          continue;
        }
        let rendered: Awaited<ReturnType<ReportRenderer>>;
        try {
          rendered = await options.renderReport(copy.db, kind);
        } catch (error) {
          if (!(error instanceof ApiError && error.code === 'UNSUPPORTED')) throw error;
          notes.push(`${REPORT_TITLES[kind]}: ${error.message}`);
          continue;
        }
        files[`reports/${kind}.html`] = new TextEncoder().encode(rendered.html);
        reportLines.push(`reports/${kind}.html: ${REPORT_TITLES[kind]} of the redacted copy`);
        if (rendered.pdf) {
          files[`reports/${kind}.pdf`] = rendered.pdf;
          reportLines.push(`reports/${kind}.pdf: the same as PDF`);
        } else if (rendered.note) notes.push(`${REPORT_TITLES[kind]} PDF: ${rendered.note}`);
      }
    } finally {
      copy.close();
    }
    const markdown = redactionsMarkdown(projectName, now, lines, input.squashHistory, reportLines);
    files[copyName] = new Uint8Array(fs.readFileSync(copyPath));
    files['REDACTIONS.md'] = new TextEncoder().encode(markdown);
    const summary = [...lines, ...(input.squashHistory ? ['History squashed: undo history and audit trail emptied.'] : [])];
    return { fileName: `${copyName.replace(/\.rollout$/, '')}.zip`, zip: zipSync(files), summary, notes };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
