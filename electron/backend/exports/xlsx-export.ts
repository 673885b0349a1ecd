import { neutraliseCell } from '../../../shared/exports/cell-safety';
import type { InterchangeRow, ProjectDocument } from '../../../shared/interchange/document';
import type { ExportedFile } from './data-exports';
import { minorToMajor, readableValue, sheetTitle, tableColumns, type ExportColumn } from './table-columns';
import { XlsxWorkbook, type XlsxCell } from './xlsx-writer';

const DATE_FORMAT = 'yyyy-mm-dd';
const TIMESTAMP_FORMAT = 'yyyy-mm-dd hh:mm';
const MONEY_FORMAT = '#,##0.00';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A YYYY-MM-DD date as a Date at UTC midnight: exceljs writes it as a whole-day serial number. */
function isoDateCell(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** A value as the cell it becomes: real dates, numbers and booleans; text neutralised; never a formula. */
export function xlsxValue(column: ExportColumn, value: unknown): XlsxCell {
  if (value === null || value === undefined || value === '') return null;
  switch (column.kind) {
    case 'date':
      return typeof value === 'string' ? isoDateCell(value) : neutraliseCell(String(value));
    case 'timestamp': {
      const date = typeof value === 'string' ? new Date(value) : null;
      return date && !Number.isNaN(date.getTime()) ? date : neutraliseCell(String(value));
    }
    case 'money':
      return typeof value === 'number' ? minorToMajor(value) : neutraliseCell(String(value));
    case 'number':
      return typeof value === 'number' ? value : neutraliseCell(String(value));
    case 'boolean':
      return value === true;
    default:
      return neutraliseCell(typeof value === 'object' ? readableValue(value) : String(value));
  }
}

function numberFormat(kind: ExportColumn['kind']): string | undefined {
  if (kind === 'date') return DATE_FORMAT;
  if (kind === 'timestamp') return TIMESTAMP_FORMAT;
  if (kind === 'money') return MONEY_FORMAT;
  return undefined;
}

/** Width from the longest text in the column, within reason; dates and numbers need little. */
function columnWidth(column: ExportColumn, texts: readonly string[]): number {
  if (column.kind === 'date') return Math.max(12, column.header.length + 2);
  if (column.kind === 'timestamp') return Math.max(17, column.header.length + 2);
  const longest = texts.reduce((max, t) => Math.max(max, t.length), column.header.length);
  return Math.min(60, Math.max(8, longest + 2));
}

/**
 * A sheet with a bold, frozen header row and an autofilter over the data; dates and money in their formats.
 * Rows are converted one at a time as they are written (`cellsOf`), so a 100,000-row table is never held twice;
 * `cellStyles` may give a row's cells their own styles (the schedule's indented task names).
 */
function addTableSheet<R>(workbook: XlsxWorkbook, title: string, columns: readonly ExportColumn[], records: readonly R[], cellsOf: (record: R) => XlsxCell[],
  cellStyles?: (row: number) => readonly (number | undefined)[] | undefined): void {
  const sample = records.slice(0, 500).map(cellsOf);
  const widths = columns.map((column, index) => columnWidth(column, sample.map((r) => { const v = r[index]; return v === null || v === undefined ? '' : v instanceof Date ? '' : String(v); })));
  const columnStyles = columns.map((column) => {
    const numFmt = numberFormat(column.kind);
    return numFmt ? workbook.style({ numFmt }) : undefined;
  });
  const sheet = workbook.addSheet(title, { widths, columnStyles, frozenRows: 1, autoFilterColumns: columns.length });
  sheet.addRow(columns.map((column) => neutraliseCell(column.header)), workbook.style({ bold: true }));
  records.forEach((record, index) => sheet.addRow(sample[index] ?? cellsOf(record), cellStyles?.(index)));
}

function summarySheet(workbook: XlsxWorkbook, doc: ProjectDocument, titles: Map<string, string>): void {
  const project = (doc.tables.project?.[0] ?? {}) as InterchangeRow;
  const text = (key: string) => (typeof project[key] === 'string' ? (project[key] as string) : '');
  const sheet = workbook.addSheet('Summary', { widths: [34, 60] });
  const bold = workbook.style({ bold: true });
  const add = (label: string, value: XlsxCell, numFmt?: string) => sheet.addRow([label, value], [bold, numFmt ? workbook.style({ numFmt }) : undefined]);
  sheet.addRow([neutraliseCell(text('name') || 'Project')], workbook.style({ bold: true, size: 14 }));
  sheet.addRow([]);
  add('Organisation', neutraliseCell(text('organisation')));
  add('Planned start', text('plannedStart') ? isoDateCell(text('plannedStart')) : null, DATE_FORMAT);
  add('Target go-live', text('targetGoLive') ? isoDateCell(text('targetGoLive')) : null, DATE_FORMAT);
  add('Scheduled finish', doc.derived.schedule.projectFinish ? isoDateCell(doc.derived.schedule.projectFinish) : null, DATE_FORMAT);
  add('Currency', text('currency'));
  add('Exported at', new Date(doc.exportedAt), TIMESTAMP_FORMAT);
  add('Exported by', `${doc.generator.name} ${doc.generator.version}`);
  add('Project file schema version', doc.schemaVersion);
  sheet.addRow([]);
  sheet.addRow(['Sheet', 'Rows'], bold);
  for (const [table, rows] of Object.entries(doc.tables)) sheet.addRow([titles.get(table) ?? table, rows.length]);
  sheet.addRow([]);
  sheet.addRow(['Money columns are in major units (e.g. euros, not cents); dates are real dates. Text that could start a formula is prefixed with an apostrophe.']);
}

function scheduleSheet(workbook: XlsxWorkbook, doc: ProjectDocument): void {
  const names = new Map((doc.tables.task ?? []).map((t) => [t.id, typeof t.name === 'string' ? t.name : '']));
  const columns: ExportColumn[] = [
    { key: 'wbs', header: 'WBS', kind: 'text' },
    { key: 'name', header: 'Task', kind: 'text' },
    { key: 'earlyStart', header: 'Start', kind: 'date' },
    { key: 'earlyFinish', header: 'Finish', kind: 'date' },
    { key: 'durationDays', header: 'Duration (working days)', kind: 'number' },
    { key: 'lateStart', header: 'Late start', kind: 'date' },
    { key: 'lateFinish', header: 'Late finish', kind: 'date' },
    { key: 'totalSlackDays', header: 'Slack (working days)', kind: 'number' },
    { key: 'critical', header: 'Critical', kind: 'boolean' },
    { key: 'isSummary', header: 'Summary', kind: 'boolean' },
    { key: 'percentComplete', header: 'Percent complete', kind: 'number' },
    { key: 'id', header: 'Task id', kind: 'text' },
  ];
  const tasks = doc.derived.schedule.tasks;
  const cellsOf = (t: (typeof tasks)[number]) => {
    const record: Record<string, unknown> = { ...t, name: names.get(t.id) ?? '' };
    return columns.map((c) => xlsxValue(c, record[c.key]));
  };
  // Task names indented by outline depth so the hierarchy reads as in the timeline.
  const indents = Array.from({ length: 11 }, (_, depth) => (depth === 0 ? undefined : [undefined, workbook.style({ indent: depth })]));
  addTableSheet(workbook, 'Schedule', columns, tasks, cellsOf, (index) => indents[Math.min((tasks[index]?.wbs.split('.').length ?? 1) - 1, 10)]);
}

/** The whole project as one workbook: Summary, Schedule, then one sheet per entity table. */
export function exportXlsx(doc: ProjectDocument, base: string): ExportedFile {
  const workbook = new XlsxWorkbook({ creator: doc.generator.name, created: new Date(doc.exportedAt) });
  const taken = new Set(['summary', 'schedule']);
  const titles = new Map(Object.keys(doc.tables).map((table) => [table, sheetTitle(table, taken)]));
  summarySheet(workbook, doc, titles);
  scheduleSheet(workbook, doc);
  for (const [table, rows] of Object.entries(doc.tables)) {
    const columns = tableColumns(table, rows);
    addTableSheet(workbook, titles.get(table) ?? table, columns, rows, (row) => columns.map((c) => xlsxValue(c, row[c.key])));
  }
  return { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, bytes: workbook.toBytes() };
}
