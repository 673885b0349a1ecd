import ExcelJS from 'exceljs';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import type { FieldIssue } from '../../../shared/errors';
import { ApiError } from '../../../shared/errors';
import { SCALE_MAX } from '../../../shared/rules/scoring/scales';
import {
  EXPECTED_SHEETS, FIRST_VENDOR_COLUMN, HEADER_ROW, MAX_COLUMNS, MAX_ROWS, META_SHEET, SCORES_SHEET, SHEET_FORMAT, columnLetter, fingerprint,
  type SheetMeta,
} from './sheet-layout';
import { checkZipLimits } from './zip-guard';

export interface ImportPlan {
  evaluatorId: string;
  round: 1 | 2;
  scores: { vendorId: string; criterionId: string; value: number }[];
}

const issue = (sheet: string, address: string, message: string): FieldIssue => ({ path: [`${sheet}!${address}`], message });

function refuse(message: string, issues: FieldIssue[]): never {
  throw new ApiError('VALIDATION', message, issues);
}

async function loadWorkbook(base64: string): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.from(base64, 'base64');
  // XLSX is a zip: it starts with "PK". Anything else is not a scoring sheet, whatever its name.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuse('This file is not an Excel workbook (.xlsx).', [{ path: ['file'], message: 'Not an .xlsx file' }]);
  // Before exceljs unpacks anything: a few kilobytes can unpack to gigabytes.
  checkZipLimits(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    refuse('This file could not be read as an Excel workbook; it may be damaged.', [{ path: ['file'], message: 'Damaged or not an .xlsx file' }]);
  }
  return workbook;
}

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

function readMeta(workbook: ExcelJS.Workbook): SheetMeta {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) refuse('This workbook is not a Rollout Planner scoring sheet (its identification sheet is missing).', [issue(META_SHEET, 'A1', 'Sheet missing')]);
  const value = (row: number) => text(sheet.getCell(row, 2));
  const list = (row: number) => (value(row) === '' ? [] : value(row).split(','));
  const round = Number(value(4));
  const meta: SheetMeta = { format: value(1), projectId: value(2), evaluatorId: value(3), round: round === 2 ? 2 : 1, vendorIds: list(5), criterionIds: list(6) };
  if (meta.format !== SHEET_FORMAT) refuse('This workbook is not a Rollout Planner scoring sheet of a version this app reads.', [issue(META_SHEET, 'B1', 'Unknown sheet format')]);
  if ((round !== 1 && round !== 2) || value(7) !== fingerprint(meta)) {
    refuse('The scoring sheet\'s identification was changed, so its scores cannot be placed safely.', [issue(META_SHEET, 'B7', 'Identification does not match its fingerprint')]);
  }
  return meta;
}

/**
 * Reads an evaluator's scoring sheet back. Every problem is collected with its cell (sheet!cell: message) and the
 * whole import is refused if there is one, so a half-good sheet never changes the project.
 */
export async function planImport(base64: string, data: VendorEvaluation, projectId: string): Promise<ImportPlan> {
  const workbook = await loadWorkbook(base64);
  const names = workbook.worksheets.map((w) => w.name);
  const structural: FieldIssue[] = [];
  for (const name of names) if (!(EXPECTED_SHEETS as readonly string[]).includes(name)) structural.push(issue(name, 'A1', `Unexpected sheet "${name}"`));
  for (const name of EXPECTED_SHEETS) if (!names.includes(name)) structural.push(issue(name, 'A1', `Sheet "${name}" is missing`));
  if (structural.length > 0) refuse('This workbook does not have the sheets of a scoring sheet exported by Rollout Planner.', structural);

  const meta = readMeta(workbook);
  if (meta.projectId !== projectId) refuse('This scoring sheet belongs to another project.', [issue(META_SHEET, 'B2', 'The sheet was exported from another project')]);
  const evaluator = data.evaluators.find((e) => e.id === meta.evaluatorId);
  if (!evaluator) refuse('The evaluator of this scoring sheet is no longer in the project.', [issue(META_SHEET, 'B3', 'Evaluator not found')]);

  const scores = workbook.getWorksheet(SCORES_SHEET) as ExcelJS.Worksheet;
  if (scores.rowCount > MAX_ROWS || scores.columnCount > MAX_COLUMNS) {
    refuse('The Scores sheet is far larger than any scoring sheet.', [issue(SCORES_SHEET, 'A1', `At most ${MAX_ROWS} rows and ${MAX_COLUMNS} columns`)]);
  }
  const criteria = new Map(data.criteria.map((c) => [c.id, c]));
  const vendors = new Set(data.vendors.map((v) => v.id));
  const issues: FieldIssue[] = [];
  const planned: ImportPlan['scores'] = [];
  meta.vendorIds.forEach((vendorId, i) => {
    if (!vendors.has(vendorId)) issues.push(issue(SCORES_SHEET, `${columnLetter(FIRST_VENDOR_COLUMN + i)}${HEADER_ROW}`, 'This vendor is no longer in the project'));
  });
  meta.criterionIds.forEach((criterionId, index) => {
    const rowNumber = HEADER_ROW + 1 + index;
    const criterion = criteria.get(criterionId);
    if (text(scores.getCell(rowNumber, 1)) !== criterionId) {
      issues.push(issue(SCORES_SHEET, `C${rowNumber}`, 'Rows were moved or changed; export a fresh sheet'));
      return;
    }
    if (!criterion) {
      issues.push(issue(SCORES_SHEET, `C${rowNumber}`, 'This criterion is no longer in the project'));
      return;
    }
    const max = SCALE_MAX[criterion.scale];
    meta.vendorIds.forEach((vendorId, i) => {
      const cell = scores.getCell(rowNumber, FIRST_VENDOR_COLUMN + i);
      const address = cell.address;
      const v = cell.value;
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return;
      if (cell.type === ExcelJS.ValueType.Formula || (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v))) {
        issues.push(issue(SCORES_SHEET, address, 'Formulas are not accepted; type the score'));
        return;
      }
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN;
      if (!Number.isInteger(n) || n < 0 || n > max) {
        issues.push(issue(SCORES_SHEET, address, `Enter a whole number from 0 to ${max}`));
        return;
      }
      if (vendors.has(vendorId)) planned.push({ vendorId, criterionId, value: n });
    });
  });
  if (issues.length > 0) refuse(`The scoring sheet has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was imported.`, issues);
  return { evaluatorId: evaluator.id, round: meta.round, scores: planned };
}
