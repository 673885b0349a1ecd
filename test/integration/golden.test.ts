/**
 * Golden files of every export format and every report of the Northwind sample (test/golden/): the files are made
 * with a fixed `now`, then what legitimately changes from run to run is normalised (record ids, which the sample
 * draws anew each time, become <id-1>, <id-2>, ... in order of first appearance; timestamps of the clock that are
 * not NOW become <created>), and the result is compared with the committed file.
 *
 * The clock itself is set to NOW while the sample is written and exported: the step readiness checks (overdue
 * tasks, KPIs, risk reviews) read today's date rather than the `now` the exports and reports are given, so without
 * it the executive and status reports and the JSON document's step summaries would change from day to day.
 *
 * After a change meant to alter an export, rewrite them and review the diff:
 *   UPDATE_GOLDEN=1 npx vitest run test/integration/golden.test.ts
 * See docs/exports.md ("Golden files").
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { escapeBidiInJson } from '../../shared/text/bidi';
import { exportData, type ExportedFile } from '../../electron/backend/exports/data-exports';
import { buildProjectDocument } from '../../electron/backend/interchange/project-document';
import { openProjectFile, type ProjectFile } from '../../electron/backend/project-file/project-file';
import { REPORT_KINDS, renderReportHtml } from '../../electron/backend/reports';
import { tempDir } from '../support/backend';
import { writeSampleProject } from '../support/sample-file';

const GOLDEN_DIR = path.join(import.meta.dirname, '..', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** The fixed "today" of every export and report: readiness, overdue tasks, the burn chart's current month. */
const NOW = new Date('2027-03-01T09:00:00Z');
/** CSV tables that stand for the others: the plan, its links, the budget, the vendor evaluation, governance. */
const CSV_TABLES = ['task', 'dependency', 'cost_line', 'vendor', 'criterion', 'risk'];
/** Rows of each table in the JSON golden (the derived schedule, ranking, budget and steps stay whole). */
const JSON_ROWS = 8;
/** Rows of each sheet in the XLSX digest, after the header. */
const XLSX_ROWS = 3;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIMESTAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?/g;

let dir: string;
let file: ProjectFile;
/** The span in which the sample was written: a timestamp inside it is the clock's, not the sample's. */
let createdFrom: number;
let createdTo: number;

/** Ids as <id-n> in order of first appearance; the clock's timestamps as <created>. Per file, so each reads alone. */
function normalise(text: string): string {
  const ids = new Map<string, string>();
  return text
    .replace(UUID, (id) => {
      const key = id.toLowerCase();
      if (!ids.has(key)) ids.set(key, `<id-${ids.size + 1}>`);
      return ids.get(key) as string;
    })
    .replace(TIMESTAMP, (stamp) => {
      const iso = stamp.replace(' ', 'T');
      const time = Date.parse(iso.endsWith('Z') || iso.length <= 16 ? iso : `${iso}Z`);
      // With the clock at NOW the sample's own timestamps are NOW (kept); a clock that ran anyway is <created>.
      return Number.isFinite(time) && time !== NOW.getTime() && time >= createdFrom - 120_000 && time <= createdTo + 120_000 ? '<created>' : stamp;
    });
}

function compareGolden(name: string, actual: string): void {
  const goldenPath = path.join(GOLDEN_DIR, name);
  const text = normalise(actual);
  if (UPDATE || !fs.existsSync(goldenPath)) {
    if (!UPDATE && process.env.CI) throw new Error(`${name} has no golden file; run UPDATE_GOLDEN=1 npx vitest run test/integration/golden.test.ts`);
    fs.mkdirSync(path.dirname(goldenPath), { recursive: true });
    fs.writeFileSync(goldenPath, text);
    return;
  }
  const expected = fs.readFileSync(goldenPath, 'utf8');
  if (text !== expected) {
    // The first differing line, so the failure says where without printing a whole file.
    const a = text.split('\n');
    const b = expected.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    expect.soft(`${name}:${line + 1}: ${a[line] ?? '(end of file)'}`, 'differs from the golden file; after an intended change run UPDATE_GOLDEN=1 npx vitest run test/integration/golden.test.ts')
      .toBe(`${name}:${line + 1}: ${b[line] ?? '(end of file)'}`);
  }
  expect(text === expected, `${name} differs from test/golden/${name}`).toBe(true);
}

const decode = (f: ExportedFile | undefined) => new TextDecoder().decode(f?.bytes ?? new Uint8Array());

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  dir = tempDir('rollout-golden-');
  createdFrom = Date.now();
  file = openProjectFile(writeSampleProject(dir));
  createdTo = Date.now();
});

afterAll(() => {
  file.close();
  vi.useRealTimers();
});

describe('golden files of the sample project', () => {
  it('JSON interchange document (every table cut to its first rows, to keep the golden small)', () => {
    const doc = buildProjectDocument(file.db, NOW);
    const tables = Object.fromEntries(Object.entries(doc.tables).map(([name, rows]) => [name, rows.slice(0, JSON_ROWS)]));
    const rowCounts = Object.fromEntries(Object.entries(doc.tables).map(([name, rows]) => [name, rows.length]));
    // The document as interchange.exportJson writes it, with the tables cut and their whole row counts beside them.
    const golden = { ...doc, tables, goldenSubset: { rowsPerTable: JSON_ROWS, rowCounts } };
    compareGolden('sample.json', `${escapeBidiInJson(JSON.stringify(golden, null, 2))}\n`);
  });

  it('CSV tables', async () => {
    const files = await exportData(file.db, 'csv', { now: NOW });
    const base = 'Northwind Insurance GenAI assistant rollout - ';
    for (const table of CSV_TABLES) {
      const csv = files.find((f) => f.fileName === `${base}${table}.csv`);
      expect(csv, `${table}.csv`).toBeDefined();
      compareGolden(`csv/${table}.csv`, decode(csv));
    }
    compareGolden('csv/files.txt', `${files.map((f) => f.fileName).join('\n')}\n`);
  });

  it('MS Project XML', async () => {
    const [xml] = await exportData(file.db, 'mspdi', { now: NOW });
    compareGolden('sample.mspdi.xml', decode(xml));
  });

  it('iCalendar (unfolded, so an id never straddles a fold)', async () => {
    const [ics] = await exportData(file.db, 'ics', { now: NOW });
    compareGolden('sample.ics', decode(ics).replace(/\r\n[ \t]/g, ''));
  });

  it('XLSX as a text digest: sheets, header rows, cell types and values of the first rows', async () => {
    const [xlsx] = await exportData(file.db, 'xlsx', { now: NOW });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx?.bytes ?? new Uint8Array()) as unknown as ArrayBuffer);
    const typeName = Object.fromEntries(Object.entries(ExcelJS.ValueType).map(([k, v]) => [v, k])) as Record<number, string>;
    const cellText = (cell: ExcelJS.Cell): string => {
      const value = cell.value;
      const shown = value instanceof Date ? value.toISOString() : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
      return `${typeName[cell.type] ?? cell.type}${cell.numFmt ? `[${cell.numFmt}]` : ''} ${shown.replace(/\r?\n/g, '\\n')}`;
    };
    const lines: string[] = [];
    for (const sheet of workbook.worksheets) {
      lines.push(`## ${sheet.name} (${sheet.rowCount} rows, ${sheet.columnCount} columns)`);
      const header = sheet.getRow(1);
      lines.push(`header: ${Array.from({ length: sheet.columnCount }, (_, i) => String(header.getCell(i + 1).value ?? '')).join(' | ')}`);
      for (let r = 2; r <= Math.min(sheet.rowCount, 1 + XLSX_ROWS); r++) {
        const row = sheet.getRow(r);
        lines.push(`row ${r}:`);
        for (let c = 1; c <= sheet.columnCount; c++) {
          const cell = row.getCell(c);
          if (cell.type !== ExcelJS.ValueType.Null) lines.push(`  ${cell.address} ${cellText(cell)}`);
        }
      }
    }
    compareGolden('sample.xlsx.txt', `${lines.join('\n')}\n`);
  });

  it.each(REPORT_KINDS)('%s report HTML', (report) => {
    compareGolden(`report-${report}.html`, renderReportHtml(file.db, report, { now: NOW }));
  });

  it('leaks neither the clock nor a record id into the goldens', () => {
    const today = new Date(performance.timeOrigin + performance.now()).toISOString().slice(0, 10);
    for (const name of fs.readdirSync(GOLDEN_DIR, { recursive: true }) as string[]) {
      const goldenPath = path.join(GOLDEN_DIR, name);
      if (fs.statSync(goldenPath).isDirectory()) continue;
      const text = fs.readFileSync(goldenPath, 'utf8');
      expect(text.match(UUID), name).toBeNull();
      // Today's date may be a date of the plan (2026-09 to 2027-07): a date cell at midnight, MS Project's working day
      // (08:00 to 17:00) or a holiday (00:00 to 23:59); never the clock's time.
      expect(text.match(new RegExp(`${today}[T ](?!00:00:00\\.000Z|08:00:00|17:00:00|00:00:00|23:59:00)\\d{2}:\\d{2}`, 'g')), name).toBeNull();
    }
  });
});
