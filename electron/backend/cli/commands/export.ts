import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { escapeBidiInJson } from '../../../../shared/text/bidi';
import { buildProjectDocument } from '../../interchange/project-document';
import { oneOf, parse, requireOption } from '../args';
import { DATA_FORMATS, REPORT_FORMATS, REPORT_KINDS, exportDataFiles, exportReport, reportSections, type ExportedFile, type ReportKind } from '../export-formats';
import type { CliIO } from '../io';
import { openInputProject } from '../open-input';
import { writeFileAtomic } from '../output';
import { EXIT, UsageError } from '../usage';

const FORMATS = ['json', ...DATA_FORMATS, ...REPORT_FORMATS] as const;

/** Several files (CSV per table): a .zip when the path says so, else a folder of files. */
function writeFiles(files: ExportedFile[], out: string): string {
  if (out.toLowerCase().endsWith('.zip')) {
    writeFileAtomic(out, zipSync(Object.fromEntries(files.map((f) => [f.fileName, f.bytes]))));
    return `${out} (${files.length} files)`;
  }
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new UsageError(`export: ${out} is a file; give a folder or a path ending in .zip`);
  for (const file of files) writeFileAtomic(path.join(out, path.basename(file.fileName)), file.bytes);
  return `${out}${path.sep} (${files.length} files)`;
}

/** The ids of --sections, each one the report has (else a usage error listing the ones it has). */
function sectionIds(value: string, report: ReportKind): string[] {
  const valid = reportSections(report).map((s) => s.id);
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !valid.includes(id));
  if (ids.length === 0 || unknown.length > 0) {
    const what = ids.length === 0 ? 'needs at least one section id' : `has no section ${unknown.map((id) => `"${id}"`).join(', ')}`;
    throw new UsageError(`export: --sections: the ${report} report ${what}; its sections are ${valid.join(', ')}`);
  }
  return ids;
}

/** rollout export FILE --format json|xlsx|csv|mspdi|ics|html|pdf --out PATH [--report KIND] [--sections a,b] */
export async function runExport(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('export', argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
    sections: { type: 'string' },
  }, ['FILE.rollout']);
  const format = oneOf('export', requireOption('export', values.format, '--format'), FORMATS, '--format');
  const out = path.resolve(requireOption('export', values.out, '--out'));
  const report = oneOf('export', values.report, REPORT_KINDS, '--report');
  const isReport = format === 'html' || format === 'pdf';
  if (!isReport && (values.report !== undefined || values.sections !== undefined)) throw new UsageError('export: --report and --sections apply to html and pdf only');
  const sections = values.sections === undefined ? undefined : sectionIds(values.sections, report ?? 'executive');
  const filePath = path.resolve(positionals[0] as string);
  if (out === filePath) throw new UsageError('export: --out must not be the input file');
  const input = openInputProject(filePath);
  try {
    const { db } = input.file;
    const now = new Date();
    let written: string;
    if (format === 'json') {
      writeFileAtomic(out, `${escapeBidiInJson(JSON.stringify(buildProjectDocument(db, now), null, 2))}\n`);
      written = out;
    } else if (format === 'html' || format === 'pdf') {
      writeFileAtomic(out, await exportReport(db, format, report ?? 'executive', sections));
      written = out;
    } else {
      const files = await exportDataFiles(db, format as (typeof DATA_FORMATS)[number], now);
      const [only] = files;
      if (format !== 'csv' && files.length === 1 && only && !out.toLowerCase().endsWith('.zip')) {
        writeFileAtomic(out, only.bytes);
        written = out;
      } else written = writeFiles(files, out);
    }
    io.out(`Wrote ${written}`);
    return EXIT.ok;
  } finally {
    input.dispose();
  }
}
