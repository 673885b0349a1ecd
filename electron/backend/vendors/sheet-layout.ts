import crypto from 'node:crypto';

/** The scoring workbook's shape, shared by the exporter and the importer so the two cannot drift apart. */
export const SHEET_FORMAT = 'rollout-planner-scoring-sheet/1';
export const SCORES_SHEET = 'Scores';
export const SCALES_SHEET = 'Scales';
export const META_SHEET = 'Identification';
export const EXPECTED_SHEETS = [SCORES_SHEET, SCALES_SHEET, META_SHEET] as const;

/** Rows and columns of the Scores sheet. Column A holds the criterion id (hidden), B group, C criterion, D scale. */
export const HEADER_ROW = 5;
export const FIRST_VENDOR_COLUMN = 5;
export const MAX_ROWS = 2_000;
export const MAX_COLUMNS = 300;

export interface SheetMeta {
  format: string;
  projectId: string;
  evaluatorId: string;
  round: 1 | 2;
  vendorIds: string[];
  criterionIds: string[];
}

/**
 * Not a secret signature (the file travels to people outside the room): a fingerprint that makes an edited
 * identification sheet stand out instead of importing scores into the wrong place.
 */
export function fingerprint(meta: Omit<SheetMeta, 'format'>): string {
  const text = [meta.projectId, meta.evaluatorId, meta.round, meta.vendorIds.join(','), meta.criterionIds.join(',')].join('|');
  return crypto.createHash('sha256').update(`${SHEET_FORMAT}|${text}`).digest('hex');
}

/** Excel's A1 column letters. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
