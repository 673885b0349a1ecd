import type { InterchangeRow } from '../../../shared/interchange/document';
import { entityTableInfo } from '../interchange/db-schema';
import { TABLES, type TableName } from '../store/tables';

/** How a column is written to a spreadsheet. */
export type ColumnKind = 'text' | 'date' | 'timestamp' | 'money' | 'number' | 'boolean' | 'list';

export interface ExportColumn {
  /** The field name of the JSON document and the CSV header (camelCase). */
  key: string;
  /** What a person reads as the workbook's header. */
  header: string;
  kind: ColumnKind;
}

/** Money columns, stored in integer minor units (cents); the spreadsheets show major units with two decimals. */
const MONEY_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  vendor: ['seatPerMonth', 'usagePerUserMonth', 'annualFixed', 'oneOff'],
  cost_line: ['unitCost', 'committed', 'actual'],
  budget_settings: ['approvedBudget'],
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const ACRONYMS = new Map([['id', 'id'], ['kpi', 'KPI'], ['ahp', 'AHP'], ['raci', 'RACI'], ['url', 'URL']]);

/** `plannedStart` -> "Planned start"; `kpiId` -> "KPI id". */
export function humanHeader(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_]+/).filter(Boolean);
  const text = words.map((w) => ACRONYMS.get(w) ?? w).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Arrays and objects (JSON columns) as text a person reads: `a, b` and `currency: USD, rate: 0.92`. */
export function readableValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => (item !== null && typeof item === 'object' ? `(${readableValue(item)})` : readableValue(item))).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${readableValue(v)}`).join(', ');
  }
  return String(value);
}

/** Minor units to major units, exact to the cent: 123456 -> 1234.56. */
export function minorToMajor(minor: number): number {
  return Math.round(minor) / 100;
}

const toCamel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The kind every non-empty value of a column agrees on (one pass, no copies: a table may have 100,000 rows). */
function kindFromValues(rows: readonly InterchangeRow[], key: string): ColumnKind {
  let any = false;
  let date = true;
  let timestamp = true;
  let number = true;
  let boolean = true;
  let object = false;
  for (const row of rows) {
    const v = row[key];
    if (v === null || v === undefined || v === '') continue;
    any = true;
    const text = typeof v === 'string';
    if (date && !(text && DATE.test(v))) date = false;
    if (timestamp && !(text && TIMESTAMP.test(v))) timestamp = false;
    if (number && typeof v !== 'number') number = false;
    if (boolean && typeof v !== 'boolean') boolean = false;
    if (typeof v === 'object') object = true;
  }
  if (!any) return 'text';
  if (date) return 'date';
  if (timestamp) return 'timestamp';
  if (number) return 'number';
  if (boolean) return 'boolean';
  return object ? 'list' : 'text';
}

/** The columns of one table in schema order (so an empty table still gets its header), typed for the spreadsheets. */
export function tableColumns(table: string, rows: readonly InterchangeRow[]): ExportColumn[] {
  const spec = (TABLES as Record<string, { booleans?: readonly string[]; json?: readonly string[]; idAs?: string }>)[table];
  const info = entityTableInfo().find((t) => t.name === table);
  const keys: string[] = info ? info.columns.map((c) => (c.name === 'id' && spec?.idAs ? spec.idAs : toCamel(c.name))) : [];
  const known = new Set(keys);
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) {
        known.add(key);
        keys.push(key);
      }
    }
  }
  const money = new Set(MONEY_COLUMNS[table as TableName] ?? []);
  return keys.map((key) => {
    const column = info?.columns.find((c) => toCamel(c.name) === key);
    const snake = column?.name ?? '';
    let kind: ColumnKind;
    if (money.has(key)) kind = 'money';
    else if (spec?.booleans?.includes(snake)) kind = 'boolean';
    else if (spec?.json?.includes(snake)) kind = 'list';
    else if (column && column.type !== 'TEXT') kind = 'number';
    else kind = kindFromValues(rows, key);
    return { key, header: humanHeader(key), kind };
  });
}

const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

function plural(noun: string): string {
  if (/criterion$/i.test(noun)) return noun.replace(/criterion$/i, (m) => (m[0] === 'C' ? 'Criteria' : 'criteria'));
  if (/s$/i.test(noun)) return noun;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** A worksheet title for each table: "Team members", at most 31 characters, unique among `taken` (which it extends). */
export function sheetTitle(table: string, taken: Set<string>): string {
  const entity = (TABLES as Record<string, { entity: string }>)[table]?.entity ?? table.replace(/_/g, ' ');
  const words = plural(entity).replace(SHEET_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const base = (words.charAt(0).toUpperCase() + words.slice(1)).slice(0, 31).trim() || 'Sheet';
  let title = base;
  for (let n = 2; taken.has(title.toLowerCase()); n++) title = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  taken.add(title.toLowerCase());
  return title;
}
