import zlib from 'node:zlib';
import { xmlChars } from './xml-chars';

/**
 * A small SpreadsheetML (.xlsx) writer for the data export: values, number formats, bold header rows, column
 * widths, a frozen header and an autofilter; nothing else. It writes the XML of each sheet as text in one pass
 * (a cell is a few string concatenations), which lets the XL benchmark project (5,000 tasks, 60,000 scores) export
 * in about a second, where a general-purpose workbook model spent tens of seconds on per-cell objects and styles.
 * No formula is ever written: a cell is a shared string, a number or a boolean.
 */

export type XlsxCell = string | number | boolean | Date | null | undefined;

export interface XlsxStyle {
  bold?: boolean;
  /** Font size in points (11 when absent). */
  size?: number;
  /** An Excel number format code such as `yyyy-mm-dd` or `#,##0.00`. */
  numFmt?: string;
  /** Indent level of the text (0-15). */
  indent?: number;
}

export interface XlsxSheetOptions {
  /** Column widths in characters, first column first. */
  widths?: readonly (number | undefined)[];
  /** Style ids (from `XlsxWorkbook.style`) applied to every data cell of a column. */
  columnStyles?: readonly (number | undefined)[];
  /** Rows kept in view while scrolling (1 = the header row). */
  frozenRows?: number;
  /** An autofilter over the first row down to the last row written, across this many columns. */
  autoFilterColumns?: number;
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial day (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;
/** Zip entries get a fixed time, 2000-01-01 00:00 in MS-DOS form, so the same project gives the same bytes. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

const MARKUP = /[&<>"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const DEL = /\x7F/g;

/**
 * A text as cell or sheet XML: what XML cannot carry dropped (see xmlChars), and DEL too, as exceljs did, so a
 * workbook keeps the bytes of earlier exports; unpaired surrogates become U+FFFD when encoded as UTF-8.
 */
export function xmlText(text: string): string {
  return xmlChars(text).replace(DEL, '').replace(MARKUP, (c) => ENTITIES[c] as string);
}

/** `A`, `B`, … `Z`, `AA`, … for a 0-based column index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A Date as an Excel serial number (days since 1899-12-30, the time as the fraction), as exceljs writes it. */
export function excelSerial(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
}

class SheetWriter {
  private readonly parts: string[] = [];
  private rowCount = 0;
  private maxColumns = 0;
  private readonly letters: string[] = [];

  constructor(
    readonly name: string,
    private readonly options: XlsxSheetOptions,
    private readonly strings: SharedStrings,
  ) {}

  private letter(index: number): string {
    return (this.letters[index] ??= columnLetters(index));
  }

  /**
   * Appends one row. `style` is either one style id for the whole row (a bold header: the row and each of its
   * cells) or a style id per cell, in place of the column's (undefined keeps the column's).
   */
  addRow(values: readonly XlsxCell[], style?: number | readonly (number | undefined)[]): void {
    const r = ++this.rowCount;
    const rowStyle = typeof style === 'number' ? style : undefined;
    const cellStyles = typeof style === 'object' ? style : undefined;
    const columnStyles = this.options.columnStyles;
    let xml = rowStyle === undefined ? `<row r="${r}">` : `<row r="${r}" s="${rowStyle}" customFormat="1">`;
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      if (value === null || value === undefined || value === '') continue;
      const id = rowStyle ?? cellStyles?.[c] ?? columnStyles?.[c];
      const s = id ? ` s="${id}"` : '';
      const ref = `${this.letter(c)}${r}`;
      if (typeof value === 'string') xml += `<c r="${ref}"${s} t="s"><v>${this.strings.index(value)}</v></c>`;
      else if (typeof value === 'number') {
        // Infinity has no place in a number cell: it is written as the text it is.
        xml += Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="s"><v>${this.strings.index(String(value))}</v></c>`;
      } else if (typeof value === 'boolean') xml += `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      else if (!Number.isNaN(value.getTime())) xml += `<c r="${ref}"${s}><v>${excelSerial(value)}</v></c>`;
    }
    if (values.length > this.maxColumns) this.maxColumns = values.length;
    this.parts.push(`${xml}</row>`);
  }

  toXml(): string {
    const { widths = [], columnStyles = [], frozenRows = 0, autoFilterColumns = 0 } = this.options;
    const columns = Math.max(this.maxColumns, widths.length, autoFilterColumns, 1);
    const dimension = `A1:${this.letter(columns - 1)}${Math.max(1, this.rowCount)}`;
    const pane = frozenRows > 0
      ? `<pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozenRows + 1}" sqref="A${frozenRows + 1}"/>`
      : '';
    const colXml = widths.flatMap((w, i) => {
      const style = columnStyles[i] ? ` style="${columnStyles[i]}"` : '';
      const width = w === undefined ? '' : ` width="${w}" customWidth="1"`;
      return width || style ? [`<col min="${i + 1}" max="${i + 1}"${width}${style}/>`] : [];
    });
    const cols = colXml.length > 0 ? `<cols>${colXml.join('')}</cols>` : '';
    const filter = autoFilterColumns > 0 ? `<autoFilter ref="A1:${this.letter(autoFilterColumns - 1)}${Math.max(1, this.rowCount)}"/>` : '';
    return `${XML_HEADER}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/>`
      + `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}`
      + `<sheetData>${this.parts.join('')}</sheetData>${filter}`
      + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  }
}

/** Excel refuses a workbook with a longer cell text ("We found a problem with some content"). */
export const EXCEL_CELL_LIMIT = 32_767;

/** A text cut to what Excel holds, saying so in the cell itself; the JSON and CSV exports keep the whole text. */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const note = (cut: number) => ` … [cut: ${cut.toLocaleString('en')} more characters in the JSON or CSV export]`;
  // The note's own length decides how much is kept, and so the count it gives: the second pass is exact.
  const kept = EXCEL_CELL_LIMIT - note(text.length - EXCEL_CELL_LIMIT).length;
  const final = note(text.length - kept);
  return text.slice(0, EXCEL_CELL_LIMIT - final.length) + final;
}

/** Every text of the workbook once, referred to by index from the cells. */
class SharedStrings {
  private readonly indices = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  index(full: string): number {
    const text = fitCellText(full);
    this.count++;
    let i = this.indices.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.indices.set(text, i);
      this.list.push(text);
    }
    return i;
  }

  toXml(): string {
    const items = this.list.map((text) => {
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${xmlText(text)}</t></si>`;
    });
    return `${XML_HEADER}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

export class XlsxWorkbook {
  private readonly sheets: SheetWriter[] = [];
  private readonly strings = new SharedStrings();
  private readonly styleIds = new Map<string, number>();
  /** cellXfs; index 0 is the default style. */
  private readonly styles: XlsxStyle[] = [{}];

  constructor(private readonly meta: { creator: string; created: Date }) {}

  /** The id of a cell style, made once per distinct style. */
  style(style: XlsxStyle): number {
    const key = JSON.stringify([style.bold ?? false, style.size ?? 11, style.numFmt ?? '', style.indent ?? 0]);
    let id = this.styleIds.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.styleIds.set(key, id);
    }
    return id;
  }

  addSheet(name: string, options: XlsxSheetOptions = {}): SheetWriter {
    const sheet = new SheetWriter(name, { ...options }, this.strings);
    this.sheets.push(sheet);
    return sheet;
  }

  private stylesXml(): string {
    const formats = [...new Set(this.styles.flatMap((s) => (s.numFmt ? [s.numFmt] : [])))];
    const formatId = new Map(formats.map((f, i) => [f, 164 + i]));
    const fontKey = (s: XlsxStyle) => `${s.bold ? 1 : 0}|${s.size ?? 11}`;
    const fonts = [...new Set(['0|11', ...this.styles.map(fontKey)])];
    const fontId = new Map(fonts.map((f, i) => [f, i]));
    const fontXml = fonts.map((f) => {
      const [bold, size] = f.split('|');
      return `<font>${bold === '1' ? '<b/>' : ''}<sz val="${size}"/><name val="Calibri"/><family val="2"/></font>`;
    });
    const xfs = this.styles.map((s) => {
      const numFmtId = s.numFmt ? (formatId.get(s.numFmt) as number) : 0;
      const font = fontId.get(fontKey(s)) as number;
      const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${s.indent ? ' applyAlignment="1"' : ''}`;
      const alignment = s.indent ? `<alignment indent="${s.indent}"/>` : '';
      return alignment
        ? `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="0" borderId="0" xfId="0"${apply}>${alignment}</xf>`
        : `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="0" borderId="0" xfId="0"${apply}/>`;
    });
    const numFmts = formats.length > 0
      ? `<numFmts count="${formats.length}">${formats.map((f) => `<numFmt numFmtId="${formatId.get(f)}" formatCode="${xmlText(f)}"/>`).join('')}</numFmts>`
      : '';
    return `${XML_HEADER}<styleSheet xmlns="${MAIN_NS}">${numFmts}<fonts count="${fonts.length}">${fontXml.join('')}</fonts>`
      + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
      + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
  }

  /** The workbook as the bytes of an .xlsx file (a zip of XML parts). */
  toBytes(): Uint8Array {
    const encoder = new TextEncoder();
    const files: Record<string, Uint8Array> = {};
    const add = (name: string, xml: string) => { files[name] = encoder.encode(xml); };
    const sheetEntries = this.sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
    add('[Content_Types].xml', `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + sheetEntries.map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>');
    add('_rels/.rels', `${XML_HEADER}<Relationships xmlns="${PKG_REL_NS}">`
      + `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>`
      + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
      + `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`);
    const created = this.meta.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    add('docProps/core.xml', `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" `
      + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
      + `<dc:creator>${xmlText(this.meta.creator)}</dc:creator><cp:lastModifiedBy>${xmlText(this.meta.creator)}</cp:lastModifiedBy>`
      + `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`);
    add('docProps/app.xml', `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlText(this.meta.creator)}</Application></Properties>`);
    add('xl/workbook.xml', `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>`
      + this.sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
      + '</sheets></workbook>');
    add('xl/_rels/workbook.xml.rels', `${XML_HEADER}<Relationships xmlns="${PKG_REL_NS}">`
      + this.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
      + `<Relationship Id="rId${this.sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`
      + `<Relationship Id="rId${this.sheets.length + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
    this.sheets.forEach((sheet, i) => add(sheetEntries[i] as string, sheet.toXml()));
    add('xl/styles.xml', this.stylesXml());
    add('xl/sharedStrings.xml', this.strings.toXml());
    return zipDeflated(Object.entries(files));
  }
}

/**
 * A zip archive of deflated entries, compressed by Node's zlib (several times faster than a JavaScript deflate
 * on the 20+ MB of XML of a large project). Plain zip: no entry or archive reaches the 4 GB of zip64.
 */
export function zipDeflated(entries: readonly [string, Uint8Array][], level = 4): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = zlib.deflateRawSync(data, { level });
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42); // extra, comment, disk, attributes stay 0
    locals.push(local, nameBytes, compressed);
    central.push(header, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}
