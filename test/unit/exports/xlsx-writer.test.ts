import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnLetters, EXCEL_CELL_LIMIT, excelSerial, fitCellText, xmlText, XlsxWorkbook } from '../../../electron/backend/exports/xlsx-writer';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('the XLSX writer', () => {
  it('names columns and dates as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(excelSerial(new Date('1970-01-01T00:00:00Z'))).toBe(25_569);
    expect(excelSerial(new Date('2027-01-04T12:00:00Z'))).toBe(46_391.5);
  });

  it('cuts a text longer than an Excel cell holds, and says so in the cell', () => {
    expect(fitCellText('short')).toBe('short');
    expect(fitCellText('x'.repeat(EXCEL_CELL_LIMIT))).toHaveLength(EXCEL_CELL_LIMIT);
    const cut = fitCellText('y'.repeat(100_000));
    expect(cut).toHaveLength(EXCEL_CELL_LIMIT);
    const [, count] = /… \[cut: ([\d,]+) more characters in the JSON or CSV export\]$/.exec(cut) ?? [];
    expect(Number(count?.replace(/,/g, '')) + cut.indexOf(' … [cut:')).toBe(100_000);
  });

  it('escapes markup and drops what XML cannot carry', () => {
    expect(xmlText('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(xmlText('bell\u0007, tab\t, line\n, nul\u0000, \uFFFF end')).toBe('bell, tab\t, line\n, nul,  end');
  });

  it('writes text, numbers, booleans and dates that read back as such, with formats, widths, a frozen header and a filter', async () => {
    const workbook = new XlsxWorkbook({ creator: 'Rollout Planner', created: new Date('2027-03-01T09:00:00Z') });
    const date = workbook.style({ numFmt: 'yyyy-mm-dd' });
    const money = workbook.style({ numFmt: '#,##0.00' });
    const hostile = '</t></si><si><t>x]]> & "quotes" \u0001';
    const wide = Array.from({ length: 30 }, (_, i) => `c${i}`);
    const sheet = workbook.addSheet("Team's tasks <1> & co", { widths: [12, 20, 10, 14, 8], columnStyles: [undefined, undefined, money, date], frozenRows: 1, autoFilterColumns: 5 });
    sheet.addRow(['Name', 'Note', 'Cost', 'Due', 'Done'], workbook.style({ bold: true }));
    sheet.addRow(['  padded  ', hostile, 6500.5, new Date('2027-01-04T00:00:00Z'), true]);
    sheet.addRow(["'=1+1", 'two\nlines', -2, null, false]);
    sheet.addRow([]);
    sheet.addRow(wide);
    sheet.addRow(['infinite', '', Number.POSITIVE_INFINITY, new Date(Number.NaN), undefined]);
    const bytes = workbook.toBytes();

    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']));
    const sheetXml = new TextDecoder().decode(entries['xl/worksheets/sheet1.xml']);
    expect(sheetXml).not.toContain('<f>');

    const read = await readBack(bytes);
    expect(read.creator).toBe('Rollout Planner');
    const ws = read.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.name).toBe("Team's tasks <1> & co");
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:E6');
    expect(ws.getColumn(2).width).toBe(20);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.bold).toBe(true);

    expect(ws.getCell('A2').value).toBe('  padded  ');
    expect(ws.getCell('B2').value).toBe('</t></si><si><t>x]]> & "quotes" ');
    expect(ws.getCell('C2').value).toBe(6500.5);
    expect(ws.getCell('C2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('D2').value).toEqual(new Date('2027-01-04T00:00:00Z'));
    expect(ws.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('E2').value).toBe(true);
    expect(ws.getCell('A3').value).toBe("'=1+1");
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B3').value).toBe('two\nlines');
    expect(ws.getCell('C3').value).toBe(-2);
    expect(ws.getCell('D3').value).toBeNull();
    expect(ws.getCell('E3').value).toBe(false);
    expect(ws.getCell('AD5').value).toBe('c29');
    expect(ws.getCell('C6').value).toBe('Infinity');
    expect(ws.getCell('B6').value).toBeNull();
    expect(ws.getCell('D6').value).toBeNull();
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('gives the same bytes for the same workbook', () => {
    const build = () => {
      const workbook = new XlsxWorkbook({ creator: 'x', created: new Date('2027-03-01T09:00:00Z') });
      workbook.addSheet('S').addRow(['a', 1, true]);
      return workbook.toBytes();
    };
    expect(Buffer.from(build()).equals(Buffer.from(build()))).toBe(true);
  });
});
