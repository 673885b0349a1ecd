import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseCell } from '../../../shared/exports/cell-safety';
import { csvField, csvValue } from '../../../electron/backend/exports/csv-export';
import { xlsxValue } from '../../../electron/backend/exports/xlsx-export';
import { humanHeader, minorToMajor, readableValue, sheetTitle } from '../../../electron/backend/exports/table-columns';

describe('neutraliseCell', () => {
  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])('prefixes %j with a quote', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each(['', 'Pilot run', ' =not first', '2027-01-04', "'already quoted", 'a=b'])('leaves %j alone', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(neutraliseCell(text)).toBe(text);
  });
});

describe('CSV cells', () => {
  it('quotes fields with commas, quotes and line breaks per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('writes money in major units, booleans as TRUE/FALSE, numbers as numbers and neutralised text', () => {
    expect(csvValue({ key: 'unitCost', header: 'Unit cost', kind: 'money' }, 123456)).toBe('1234.56');
    expect(csvValue({ key: 'met', header: 'Met', kind: 'boolean' }, false)).toBe('FALSE');
    expect(csvValue({ key: 'lagDays', header: 'Lag days', kind: 'number' }, -2)).toBe('-2');
    expect(csvValue({ key: 'name', header: 'Name', kind: 'text' }, '-2 days')).toBe("'-2 days");
    expect(csvValue({ key: 'topics', header: 'Topics', kind: 'list' }, ['a', 'b'])).toBe('a, b');
    expect(csvValue({ key: 'date', header: 'Date', kind: 'date' }, '2027-01-04')).toBe('2027-01-04');
    expect(csvValue({ key: 'date', header: 'Date', kind: 'date' }, null)).toBe('');
  });
});

describe('XLSX cells', () => {
  it('makes dates Date objects at UTC midnight, money major units and keeps text from being a formula', () => {
    const date = xlsxValue({ key: 'date', header: 'Date', kind: 'date' }, '2027-01-04');
    expect(date).toEqual(new Date('2027-01-04T00:00:00Z'));
    expect(xlsxValue({ key: 'unitCost', header: 'Unit cost', kind: 'money' }, 650000)).toBe(6500);
    expect(xlsxValue({ key: 'met', header: 'Met', kind: 'boolean' }, true)).toBe(true);
    expect(xlsxValue({ key: 'name', header: 'Name', kind: 'text' }, '@cmd')).toBe("'@cmd");
    expect(xlsxValue({ key: 'name', header: 'Name', kind: 'text' }, null)).toBeNull();
  });
});

describe('table shaping', () => {
  it('turns field names into headers and JSON into readable text', () => {
    expect(humanHeader('plannedStart')).toBe('Planned start');
    expect(humanHeader('kpiId')).toBe('KPI id');
    expect(readableValue([{ currency: 'USD', rate: '0.92' }])).toBe('(currency: USD, rate: 0.92)');
    expect(minorToMajor(1999)).toBe(19.99);
  });

  it('gives each table a readable, unique sheet title of at most 31 characters', () => {
    const taken = new Set(['summary', 'schedule']);
    expect(sheetTitle('team_member', taken)).toBe('Team members');
    expect(sheetTitle('criterion', taken)).toBe('Criteria');
    expect(sheetTitle('pilot_criterion', taken)).toBe('Pilot exit criteria');
    expect(sheetTitle('dependency', taken)).toBe('Dependencies');
    expect(sheetTitle('budget_settings', taken)).toBe('Budget settings');
    expect(sheetTitle('team_member', taken)).toBe('Team members (2)');
    const long = sheetTitle('a_table_with_a_name_far_longer_than_excel_allows', taken);
    expect(long.length).toBeLessThanOrEqual(31);
  });
});
