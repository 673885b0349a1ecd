import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import type { SheetFile, VendorEvaluation } from '../../../shared/api/methods/vendors';
import { SCALE_MAX } from '../../../shared/rules/scoring/scales';
import type { Evaluator } from '../../../shared/schemas/vendors';
import {
  FIRST_VENDOR_COLUMN, HEADER_ROW, META_SHEET, SCALES_SHEET, SCORES_SHEET, SHEET_FORMAT, fingerprint,
} from './sheet-layout';

/** The file name a person recognises: project, evaluator, round. Only safe characters. */
function fileName(projectName: string, evaluator: Evaluator, round: number): string {
  const safe = (s: string) => s.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, ' ').slice(0, 60) || 'scoring';
  return `${safe(projectName)} - scoring sheet - ${safe(evaluator.name)} - round ${round}.xlsx`;
}

/**
 * One workbook per evaluator: their scores for the current round, one column per vendor, each cell validated to
 * the criterion's scale; the scales with every level's descriptor; and a protected, very hidden identification sheet.
 */
export async function exportScoringSheet(data: VendorEvaluation, projectId: string, projectName: string, evaluator: Evaluator): Promise<SheetFile> {
  const round = data.state.round;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rollout Planner';
  workbook.created = new Date();
  const password = crypto.randomBytes(12).toString('hex');
  const groups = new Map(data.groups.map((g) => [g.id, g]));
  const criteria = [...data.criteria].sort((a, b) => (groups.get(a.groupId)?.sortOrder ?? 0) - (groups.get(b.groupId)?.sortOrder ?? 0) || a.sortOrder - b.sortOrder);
  const mine = new Map(data.scores.filter((s) => s.evaluatorId === evaluator.id && s.round === round).map((s) => [`${s.vendorId}|${s.criterionId}`, s.value]));

  const scores = workbook.addWorksheet(SCORES_SHEET, { views: [{ state: 'frozen', xSplit: 4, ySplit: HEADER_ROW }] });
  scores.getCell('B1').value = `Scoring sheet: ${projectName}`;
  scores.getCell('B1').font = { bold: true, size: 14 };
  scores.getCell('B2').value = `Evaluator: ${evaluator.name} · Round ${round}`;
  scores.getCell('B3').value = 'Enter a whole number in each vendor column: 0 means no evidence; see the Scales sheet for what each level means. Leave a cell empty to skip it.';
  const header = scores.getRow(HEADER_ROW);
  header.values = ['Criterion id', 'Group', 'Criterion', 'Scale', ...data.vendors.map((v) => v.name)];
  header.font = { bold: true };
  scores.getColumn(1).hidden = true;
  scores.getColumn(2).width = 24;
  scores.getColumn(3).width = 48;
  scores.getColumn(4).width = 10;
  data.vendors.forEach((_, i) => (scores.getColumn(FIRST_VENDOR_COLUMN + i).width = 16));
  criteria.forEach((criterion, index) => {
    const rowNumber = HEADER_ROW + 1 + index;
    const row = scores.getRow(rowNumber);
    const max = SCALE_MAX[criterion.scale];
    row.values = [criterion.id, groups.get(criterion.groupId)?.name ?? '', criterion.name, `0-${max}${criterion.direction === 'cost' ? ' (cost)' : ''}`];
    data.vendors.forEach((vendor, i) => {
      const cell = scores.getCell(rowNumber, FIRST_VENDOR_COLUMN + i);
      const existing = mine.get(`${vendor.id}|${criterion.id}`);
      if (existing !== undefined) cell.value = existing;
      cell.protection = { locked: false };
      cell.dataValidation = {
        type: 'whole', operator: 'between', allowBlank: true, formulae: [0, max], showErrorMessage: true,
        errorTitle: 'Score out of range', error: `Enter a whole number from 0 (no evidence) to ${max}.`,
        showInputMessage: true, promptTitle: criterion.name.slice(0, 32), prompt: `0 = no evidence, ${max} = best. See the Scales sheet.`,
      };
    });
  });
  await scores.protect(password, { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });

  const scales = workbook.addWorksheet(SCALES_SHEET);
  scales.getRow(1).values = ['Group', 'Criterion', 'Description', 'Type', 'Level', 'What the level means'];
  scales.getRow(1).font = { bold: true };
  scales.getColumn(2).width = 40;
  scales.getColumn(3).width = 60;
  scales.getColumn(6).width = 60;
  for (const criterion of criteria) {
    criterion.descriptors.forEach((descriptor, level) => {
      scales.addRow([level === 0 ? (groups.get(criterion.groupId)?.name ?? '') : '', level === 0 ? criterion.name : '', level === 0 ? criterion.description : '',
        level === 0 ? (criterion.direction === 'cost' ? 'Cost (lower is better)' : 'Benefit') : '', level, descriptor]);
    });
  }
  await scales.protect(password, { selectLockedCells: true, selectUnlockedCells: true });

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const ids = { projectId, evaluatorId: evaluator.id, round, vendorIds: data.vendors.map((v) => v.id), criterionIds: criteria.map((c) => c.id) };
  meta.addRows([
    ['format', SHEET_FORMAT],
    ['project', ids.projectId],
    ['evaluator', ids.evaluatorId],
    ['round', round],
    ['vendors', ids.vendorIds.join(',')],
    ['criteria', ids.criterionIds.join(',')],
    ['fingerprint', fingerprint(ids)],
  ]);
  await meta.protect(password, {});
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: fileName(projectName, evaluator, round), base64: Buffer.from(buffer as ArrayBuffer).toString('base64') };
}
