import { z } from 'zod';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION } from '../../../shared/interchange/document';
import { isIsoDate } from '../../../shared/schemas/common';
import { DocumentLink } from '../../../shared/schemas/vendors';
import { SignOff } from '../../../shared/schemas/deployment';
import { ExchangeRate } from '../../../shared/schemas/budget';
import { DECISIONS } from '../../../shared/schemas/team';
import { MANDATORY_TOPICS } from '../../../shared/schemas/training';
import { STEP_KEYS } from '../../../shared/steps';
import { TABLES, type TableName, type TableSpec } from '../store/tables';
import { entityTableInfo, type ColumnInfo, type TableInfo } from './db-schema';
import { DerivedResultsSchema } from './derived-schema';

/**
 * The interchange document as a zod schema, generated from the migrated database schema (db-schema.ts): one
 * source for the import's validation and for docs/interchange.schema.json. The few things SQLite cannot say
 * (which text columns hold calendar dates, what a JSON column holds) are stated here, next to each other.
 */

/** Calendar dates the app stores as YYYY-MM-DD (timestamps end in `_at` and are ISO 8601 in UTC). */
const DATE_COLUMN = /^(date|start|finish)$|_(date|on|start|finish|go_live)$|^last_(done|tested|reviewed)$/;

const IsoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD').refine(isIsoDate, 'Expected a real calendar date');

/** What each JSON column holds, by `table.column`. */
const JSON_COLUMNS: Record<string, z.ZodType> = {
  'calendar.working_weekdays': z.array(z.number().int().min(0).max(6)).max(7),
  'team_member.decision_rights': z.array(z.enum(DECISIONS)),
  'requirement.requesting_function_ids': z.array(z.string().min(1)),
  'requirement.use_case_ids': z.array(z.string().min(1)),
  'training_module.topics': z.array(z.enum(MANDATORY_TOPICS)),
  'vendor.documents': z.array(DocumentLink),
  'criterion.descriptors': z.array(z.string()),
  'gate_decision.sign_offs': z.array(SignOff),
  'budget_settings.exchange_rates': z.array(ExchangeRate),
};

const toCamel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The API's field name of a column (steps call their id `key`). */
export function fieldName(table: TableName, column: string): string {
  const spec: TableSpec = TABLES[table];
  return column === 'id' && spec.idAs ? spec.idAs : toCamel(column);
}

function baseType(table: TableInfo, column: ColumnInfo): z.ZodType {
  const spec: TableSpec = TABLES[table.name];
  if (spec.booleans?.includes(column.name)) return z.boolean();
  if (spec.json?.includes(column.name)) return JSON_COLUMNS[`${table.name}.${column.name}`] ?? z.array(z.unknown());
  if (column.primaryKey && spec.idAs) return z.enum(STEP_KEYS);
  if (column.literal !== undefined) return z.literal(column.literal);
  if (column.allowed) {
    const values = column.allowed;
    return values.every((v) => typeof v === 'string')
      ? z.enum(values as [string, ...string[]])
      : z.union(values.map((v) => z.literal(v)) as unknown as [z.ZodLiteral, z.ZodLiteral]);
  }
  if (column.type === 'TEXT') {
    if (DATE_COLUMN.test(column.name)) return IsoDateText;
    // Far above the API's own limits (names 200, notes 20,000 characters), low enough to refuse a value built to hurt.
    let text = z.string().max(INTERCHANGE_LIMITS.maxTextLength, `At most ${INTERCHANGE_LIMITS.maxTextLength.toLocaleString('en')} characters`);
    if (column.primaryKey || /_id$/.test(column.name)) text = text.min(1, 'Expected an id').max(200);
    if (column.pattern) text = text.regex(new RegExp(column.pattern), `Expected text matching ${column.pattern}`);
    return text;
  }
  let number = column.type === 'INTEGER' ? z.number().int() : z.number();
  if (column.min !== undefined) number = column.minExclusive ? number.gt(column.min) : number.min(column.min);
  if (column.max !== undefined) number = number.max(column.max);
  return number;
}

/** The DEFAULT of a column as the API shows it (booleans as booleans, JSON parsed). */
function entityDefault(table: TableName, column: ColumnInfo): unknown {
  const spec: TableSpec = TABLES[table];
  const value = column.defaultValue;
  if (spec.booleans?.includes(column.name)) return value === 1;
  if (spec.json?.includes(column.name) && typeof value === 'string') return JSON.parse(value);
  return value;
}

function rowSchema(table: TableInfo) {
  const shape: Record<string, z.ZodType> = {};
  for (const column of table.columns) {
    let field = baseType(table, column);
    if (!column.notNull) field = field.nullable();
    // A column with a default may be left out of an imported row; the export always writes every column.
    if (column.defaultValue !== undefined) field = field.default(entityDefault(table.name, column) as never);
    shape[fieldName(table.name, column.name)] = field;
  }
  return z.strictObject(shape).describe(`A row of the ${table.name} table (${TABLES[table.name].entity}).`);
}

export const INTERCHANGE_LIMITS = {
  /** Bytes of JSON text accepted by an import. */
  maxBytes: 50 * 1024 * 1024,
  /** Nesting of arrays and objects; a real document needs under ten. */
  maxDepth: 64,
  /** Characters of one text value. */
  maxTextLength: 100_000,
} as const;

function buildSchemas() {
  const tables = entityTableInfo();
  const tableShape: Record<string, z.ZodType> = {};
  for (const table of tables) tableShape[table.name] = z.array(rowSchema(table)).optional();
  const envelope = {
    format: z.literal(INTERCHANGE_FORMAT).describe('Always "rollout-planner/project".'),
    formatVersion: z.number().int().min(1).max(INTERCHANGE_VERSION)
      .describe('Bumped only when a reader of the previous version could misread a document.'),
    schemaVersion: z.number().int().min(1).describe('The project file schema version the tables were read from.'),
    exportedAt: z.string().describe('When the document was written (ISO 8601, UTC).'),
    generator: z.object({ name: z.string(), version: z.string() }),
    tables: z.strictObject(tableShape).describe('Every entity table, one array of rows each (field names as in the API: camelCase).'),
  };
  return {
    document: z.strictObject({ ...envelope, derived: DerivedResultsSchema })
      .describe('A Rollout Planner project as one JSON document (docs/interchange.md).'),
    /** What an import accepts: the derived part may be absent and is never read. */
    importDocument: z.strictObject({ ...envelope, exportedAt: envelope.exportedAt.optional(), generator: envelope.generator.optional(), derived: z.unknown().optional() }),
  };
}

let schemas: ReturnType<typeof buildSchemas> | null = null;

/** The zod schemas of the document (built once, from the migrated database schema). */
export function interchangeSchemas(): ReturnType<typeof buildSchemas> {
  schemas ??= buildSchemas();
  return schemas;
}

/** The JSON Schema committed as docs/interchange.schema.json (scripts/interchange-schema.mjs writes it). */
export function interchangeJsonSchemaText(): string {
  const json = z.toJSONSchema(interchangeSchemas().document, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  return `${JSON.stringify({ title: 'Rollout Planner project document', ...json }, null, 2)}\n`;
}
