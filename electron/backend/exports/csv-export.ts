import { neutraliseCell } from '../../../shared/exports/cell-safety';
import type { InterchangeRow, ProjectDocument } from '../../../shared/interchange/document';
import type { ExportedFile } from './data-exports';
import { minorToMajor, readableValue, tableColumns, type ExportColumn } from './table-columns';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** RFC 4180: a field with a comma, quote, CR or LF goes in double quotes, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One value as CSV text: dates stay YYYY-MM-DD, money in major units, booleans TRUE/FALSE, text neutralised. */
export function csvValue(column: ExportColumn, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (column.kind) {
    case 'money':
      return typeof value === 'number' ? minorToMajor(value).toFixed(2) : neutraliseCell(String(value));
    case 'number':
      return typeof value === 'number' ? String(value) : neutraliseCell(String(value));
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    default:
      return neutraliseCell(typeof value === 'object' ? readableValue(value) : String(value));
  }
}

/** One table as CSV text: a header of field names, then one line per row; UTF-8 BOM so Excel reads the accents. */
export function tableCsv(table: string, rows: readonly InterchangeRow[]): string {
  const columns = tableColumns(table, rows);
  const lines = [columns.map((c) => csvField(c.key)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(csvValue(c, row[c.key]))).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

/** One CSV file per entity table, named `<base> - <table>.csv`. */
export function exportCsv(doc: ProjectDocument, base: string): ExportedFile[] {
  const encoder = new TextEncoder();
  return Object.entries(doc.tables).map(([table, rows]) => ({
    fileName: `${base} - ${table}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    bytes: encoder.encode(tableCsv(table, rows)),
  }));
}
