// Hostile text in every report and every export: the Northwind sample with a hostile text added to every free-text
// value (test/support/hostile-text.ts). Reports must show it as text (no element, no handler, no script), spreadsheets
// must never evaluate it (no formula cell, formula-like text quoted), and XML, iCalendar and JSON must carry it
// escaped so it comes back exactly, with no event, element or field of its own. The views are test/e2e/hostile-text.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mspdiToDocument } from '../../electron/backend/exports/mspdi-import';
import { REPORT_KINDS } from '../../shared/reports/definitions';
import { startTestBackend, type TestBackend } from '../support/backend';
import { FORMULA_START, HOSTILE_TEXTS, INJECTED_SELECTOR, SHOWN_AS_TEXT, writeHostileSample, type HostileSample } from '../support/hostile-text';

let api: TestBackend;
let sample: HostileSample;
let checked = 0;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
/** Every hostile value written into the tables a project document carries (the audit trail is not one), once. */
const allValues = () => [...new Set(Object.entries(sample.values).filter(([key]) => !key.startsWith('audit_log.')).flatMap(([, values]) => values))];
/** Spreadsheets and XML keep a line break as LF alone; that is the format, not a loss of the text. */
const lf = (text: string) => text.replace(/\r\n?/g, '\n');

beforeAll(async () => {
  api = startTestBackend();
  sample = writeHostileSample(api.projectsDir);
  await api.invoke('project.open', { path: 'hostile.rollout' });
});
afterAll(() => {
  console.log(`hostile text: ${HOSTILE_TEXTS.length} strings in ${Object.keys(sample.columns).length} text columns (${Object.values(sample.columns).reduce((a, b) => a + b, 0)} values), ${checked} reports and exports checked`);
  api.close();
});

/** RFC 4180: fields in quotes may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

const isNumber = (text: string) => /^-?\d+(\.\d+)?$/.test(text);

describe('hostile text in every report', () => {
  it.each(REPORT_KINDS)('the %s report shows it as text: no element, handler or script of its own, overrides escaped', async (report) => {
    const { html } = await api.invoke('reports.preview', { report });
    checked++;
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll(INJECTED_SELECTOR), report).toHaveLength(0);
    expect(doc.querySelectorAll('script, iframe, object, embed, foreignObject')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    expect(handlers).toEqual([]);
    expect(doc.body.textContent).toMatch(SHOWN_AS_TEXT);
    // Read as source, the file carries no raw bidirectional control: each is a character reference.
    expect(BIDI.test(html)).toBe(false);
    if (report === 'executive') {
      expect(doc.querySelector('h1')?.textContent).toBe(sample.values['project.name']?.[0]);
      expect(doc.body.textContent).toContain(HOSTILE_TEXTS[0]);
    }
  });

  it('the exported HTML file is the preview, as inert', async () => {
    const file = await api.invoke('reports.export', { report: 'executive', format: 'html' });
    checked++;
    const doc = new JSDOM(bytesOf(file).toString('utf8')).window.document;
    expect(doc.querySelectorAll(INJECTED_SELECTOR)).toHaveLength(0);
    expect(doc.body.textContent).toMatch(SHOWN_AS_TEXT);
  });
});

describe('hostile text in every export', () => {
  it('XLSX: no formula cell anywhere, formula-like text quoted, every value there as typed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytesOf(await api.invoke('exports.data', { format: 'xlsx' })) as unknown as ArrayBuffer);
    checked++;
    const strings = new Set<string>();
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') {
          expect(FORMULA_START.test(cell.value), `${sheet.name}!${cell.address} ${JSON.stringify(cell.value)}`).toBe(false);
          strings.add(cell.value);
        }
      }));
    }
    const missing = allValues().map(lf).filter((v) => !strings.has(v) && !strings.has(`'${v}`));
    expect(missing, 'hostile values not in the workbook').toEqual([]);
    expect(strings.has(`'${HOSTILE_TEXTS[3]} `) || [...strings].some((s) => s.startsWith(`'${HOSTILE_TEXTS[3]}`))).toBe(true);
  });

  it('CSV: every file parses, formula-like text is quoted (numbers aside), every value there as typed', async () => {
    const entries = unzipSync(new Uint8Array(bytesOf(await api.invoke('exports.data', { format: 'csv' }))));
    checked++;
    const cells = new Set<string>();
    for (const [name, bytes] of Object.entries(entries)) {
      const rows = parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
      const width = rows[0]?.length ?? 0;
      for (const [i, row] of rows.entries()) {
        // A line break inside a name neither ends the record nor starts one.
        expect(row.length, `${name} line ${i + 1}`).toBe(width);
        for (const cell of row) {
          if (FORMULA_START.test(cell)) expect(isNumber(cell), `${name}: ${JSON.stringify(cell)}`).toBe(true);
          cells.add(cell);
        }
      }
    }
    const missing = allValues().filter((v) => !cells.has(v) && !cells.has(`'${v}`));
    expect(missing, 'hostile values not in the CSV files').toEqual([]);
  });

  it('MS Project XML: well-formed, markup escaped, overrides as references, names and notes back exactly', async () => {
    const xml = bytesOf(await api.invoke('exports.data', { format: 'mspdi' })).toString('utf8');
    checked++;
    expect(xml).not.toMatch(/<(img|script|svg|iframe)\b/i);
    expect(BIDI.test(xml)).toBe(false);
    expect(xml).toContain('&#x202E;gpj.exe');
    const parsed = new XMLParser({ processEntities: true, parseTagValue: false, isArray: (n) => n === 'Task' }).parse(xml) as { Project: { Name: string; Tasks: { Task: { Name?: string }[] } } };
    expect(parsed.Project.Tasks.Task.length).toBe(sample.values['task.name']?.length);
    // Names come back exactly through the app's own MS Project import (which decodes character references).
    const back = mspdiToDocument(xml, new Date('2027-03-01T09:00:00Z'));
    // (A task name is one line: the import reads a line break in it as a space.)
    const oneLine = (text: unknown) => String(text).replace(/\s+/g, ' ');
    const imported = new Set((back.tables.task ?? []).map((t) => oneLine(t.name)));
    expect((sample.values['task.name'] ?? []).map(oneLine).filter((n) => !imported.has(n))).toEqual([]);
    expect(parsed.Project.Name).toBe(sample.values['project.name']?.[0]);
  });

  it('iCalendar: one event per planned item and no more, text escaped, every summary back exactly', async () => {
    const ics = bytesOf(await api.invoke('exports.data', { format: 'ics' })).toString('utf8');
    checked++;
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    // The line break in a name must not become a line, let alone an event, of its own.
    expect(unfolded.split('\r\n').filter((line) => /^SUMMARY:Injected/.test(line))).toEqual([]);
    const begins = unfolded.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length;
    const calendar = new ICAL.Component(ICAL.parse(ics) as ConstructorParameters<typeof ICAL.Component>[0]);
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(begins);
    const texts = events.map((e) => `${e.summary}\n${e.description}\n${e.location}`);
    for (const message of [...(sample.values['comm_item.message'] ?? []), ...(sample.values['wave.name'] ?? []), ...(sample.values['training_session.location'] ?? [])]) {
      expect(texts.some((t) => lf(t).includes(lf(message))), message).toBe(true);
    }
    expect(events.some((e) => e.summary.includes(HOSTILE_TEXTS[0]))).toBe(true);
  });

  it('JSON: parses back to exactly what the file holds, overrides escaped as \\u202E', async () => {
    const text = bytesOf(await api.invoke('interchange.exportJson', {})).toString('utf8');
    checked++;
    expect(BIDI.test(text)).toBe(false);
    expect(text).toContain('\\u202Egpj.exe');
    const doc = JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> };
    const values = new Set(Object.values(doc.tables).flatMap((rows) => rows.flatMap((row) => Object.values(row))).filter((v): v is string => typeof v === 'string'));
    expect(allValues().filter((v) => !values.has(v))).toEqual([]);
  });
});
