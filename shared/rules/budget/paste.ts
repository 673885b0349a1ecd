import type { FieldIssue } from '../../errors';
import { CURRENCIES } from '../../schemas/common';
import {
  COST_CATEGORIES, COST_CATEGORY_LABELS, COST_TYPES, COST_TYPE_LABELS, CostLineFields,
  type CostCategory, type CostType,
} from '../../schemas/budget';
import { STEPS, type StepKey } from '../../steps';
import { parseMoney, parseQuantity } from './currency';

/** The columns of a pasted table, in the order used when there is no header row. */
export const PASTE_COLUMNS = [
  'category', 'description', 'costType', 'quantity', 'unitCost', 'currency', 'startMonth', 'endMonth', 'committed', 'actual', 'stepKey',
] as const;
export type PasteColumn = (typeof PASTE_COLUMNS)[number];

export const PASTE_COLUMN_LABELS: Record<PasteColumn, string> = {
  category: 'Category', description: 'Description', costType: 'Cost type', quantity: 'Quantity', unitCost: 'Unit cost',
  currency: 'Currency', startMonth: 'Start month', endMonth: 'End month', committed: 'Committed', actual: 'Actual', stepKey: 'Step',
};

export interface PastedRow {
  /** Line number in the pasted text, from 1 (the header row counts). */
  row: number;
  cells: string[];
  /** The line ready to add, or null when the row has errors. */
  fields: CostLineFields | null;
  /** Paths are field names of the line, e.g. ["unitCost"]. */
  errors: FieldIssue[];
}

export interface PasteResult {
  hasHeader: boolean;
  columns: PasteColumn[];
  rows: PastedRow[];
}

const simple = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const HEADER_ALIASES: Record<string, PasteColumn> = Object.fromEntries([
  ...PASTE_COLUMNS.map((c) => [simple(PASTE_COLUMN_LABELS[c]), c]),
  ['type', 'costType'], ['qty', 'quantity'], ['seats', 'quantity'], ['units', 'quantity'], ['unitprice', 'unitCost'], ['price', 'unitCost'],
  ['start', 'startMonth'], ['end', 'endMonth'], ['from', 'startMonth'], ['to', 'endMonth'], ['ccy', 'currency'], ['spent', 'actual'],
]);

function matchCategory(text: string): CostCategory | null {
  const s = simple(text);
  if (s.length < 3) return null;
  return COST_CATEGORIES.find((c) => simple(c) === s || simple(COST_CATEGORY_LABELS[c]) === s)
    ?? COST_CATEGORIES.find((c) => simple(COST_CATEGORY_LABELS[c]).startsWith(s) || (s === 'helpdesk' && c === 'support')) ?? null;
}

function matchCostType(text: string): CostType | null {
  const s = simple(text);
  const aliases: Record<string, CostType> = { oneoff: 'one_off', once: 'one_off', yearly: 'annual', perseat: 'per_seat_month', seat: 'per_seat_month', unit: 'per_unit' };
  return COST_TYPES.find((t) => simple(t) === s || simple(COST_TYPE_LABELS[t]) === s) ?? aliases[s] ?? null;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2027-01", "2027-01-15", "01/2027", "Jan 2027", "January 2027" -> "2027-01". */
export function parseMonth(text: string): string | null {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^([a-z]{3})[a-z]*\.?[\s-]+(\d{4})$/.exec(t);
  if (m) return month(Number(m[2]), MONTH_NAMES.indexOf(m[1] ?? '') + 1);
  return null;
}

function month(year: number, mon: number): string | null {
  return mon >= 1 && mon <= 12 ? `${year}-${String(mon).padStart(2, '0')}` : null;
}

function matchStep(text: string): StepKey | null {
  const s = simple(text);
  return STEPS.find((step) => step.key === s || String(step.number) === s || simple(step.title) === s)?.key ?? null;
}

function detectHeader(cells: string[]): PasteColumn[] | null {
  const mapped = cells.map((c) => HEADER_ALIASES[simple(c)]);
  return mapped.filter(Boolean).length >= 2 && mapped.includes('description') ? (mapped as PasteColumn[]) : null;
}

/**
 * Reads cost lines from tab-separated text (what a spreadsheet puts on the clipboard). A first row naming at least
 * "Description" and one more column is a header and decides the column order; otherwise PASTE_COLUMNS is the order.
 * Blank cells take defaults: quantity 1, the project currency, end month = start month, committed and actual 0.
 * Amounts are in major units of the row's currency. Nothing is written: each row comes back with its line or errors.
 */
export function parsePastedLines(text: string, projectCurrency: string, ratedCurrencies: ReadonlySet<string>): PasteResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header = detectHeader((lines[0] ?? '').split('\t'));
  const columns = header ?? [...PASTE_COLUMNS];
  const rows: PastedRow[] = [];
  lines.forEach((line, index) => {
    if ((header && index === 0) || line.trim() === '') return;
    const cells = line.split('\t').map((c) => c.trim());
    rows.push(parseRow(index + 1, cells, columns, projectCurrency, ratedCurrencies));
  });
  return { hasHeader: header !== null, columns, rows };
}

function parseRow(row: number, cells: string[], columns: PasteColumn[], projectCurrency: string, rated: ReadonlySet<string>): PastedRow {
  const cell = (column: PasteColumn) => {
    const index = columns.indexOf(column);
    return index >= 0 ? (cells[index] ?? '') : '';
  };
  const errors: FieldIssue[] = [];
  const fail = (field: PasteColumn, message: string) => errors.push({ path: [field], message });

  const category = matchCategory(cell('category'));
  if (!category) fail('category', `"${cell('category')}" is not a category`);
  const costType = matchCostType(cell('costType'));
  if (!costType) fail('costType', `"${cell('costType')}" is not a cost type (one-off, monthly, annual, per seat per month, per unit)`);
  const currency = (cell('currency') || projectCurrency).toUpperCase();
  if (!(CURRENCIES as readonly string[]).includes(currency)) fail('currency', `"${currency}" is not a currency the app knows`);
  else if (currency !== projectCurrency && !rated.has(currency)) fail('currency', `Add an exchange rate for ${currency} in the budget settings first`);
  const quantity = cell('quantity') === '' ? { ok: true as const, value: 1 } : parseQuantity(cell('quantity'));
  if (!quantity.ok) fail('quantity', quantity.message);
  const money = (column: PasteColumn, blankIsZero: boolean) => {
    if (blankIsZero && cell(column) === '') return 0;
    const parsed = parseMoney(cell(column), currency);
    if (!parsed.ok) fail(column, parsed.message);
    return parsed.ok ? parsed.minor : 0;
  };
  const unitCost = money('unitCost', false);
  const committed = money('committed', true);
  const actual = money('actual', true);
  const startMonth = parseMonth(cell('startMonth'));
  if (!startMonth) fail('startMonth', 'Enter the start month as YYYY-MM');
  const endMonth = cell('endMonth') === '' ? startMonth : parseMonth(cell('endMonth'));
  // A blank end month follows the start month, whose own error already says what is wrong.
  if (!endMonth && cell('endMonth') !== '') fail('endMonth', 'Enter the end month as YYYY-MM');
  const stepKey = cell('stepKey') === '' ? null : matchStep(cell('stepKey'));
  if (cell('stepKey') !== '' && !stepKey) fail('stepKey', `"${cell('stepKey')}" is not a step (use its number, 1 to 10)`);

  if (errors.length > 0) return { row, cells, fields: null, errors };
  const parsed = CostLineFields.safeParse({
    category, description: cell('description'), stepKey, waveId: null, vendorId: null, taskId: null, costType,
    quantity: quantity.ok ? quantity.value : 0, unitCost, currency, startMonth, endMonth, scheduleFrom: 'line', committed, actual, notes: '',
  });
  if (!parsed.success) {
    return { row, cells, fields: null, errors: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) };
  }
  return { row, cells, fields: parsed.data, errors: [] };
}
