import type Database from 'better-sqlite3';
import type { StepWarning } from '../../../shared/rules/step-status';
import { groupAhp } from '../../../shared/rules/scoring/evaluate';
import { vendorWarnings } from '../../../shared/rules/scoring/warnings';
import type { Comparison, CriterionGroup } from '../../../shared/schemas/vendors';
import { rowToEntity, type Row } from '../store/tables';
import { readDecision, readState, tableExists } from './read';

/**
 * Reads only what step 3's readiness rules look at: the chosen vendor, its must-have knock-outs and the AHP
 * comparisons. Not the scores: the rules never need them, and on a large evaluation they are 100,000+ rows.
 */
export function collectVendorWarnings(db: Database.Database): StepWarning[] {
  if (!tableExists(db, 'vendor_evaluation')) return [];
  const state = readState(db);
  const { chosenVendorId } = readDecision(db);
  const chosen = chosenVendorId === null ? undefined : db.prepare('SELECT id, name FROM vendor WHERE id = ?').get(chosenVendorId) as { id: string; name: string } | undefined;
  const chosenKnockedOut = chosen !== undefined && db.prepare(
    "SELECT 1 FROM knockout_result k JOIN criterion c ON c.id = k.criterion_id WHERE k.vendor_id = ? AND k.status = 'fail' AND c.must_have = 1 LIMIT 1",
  ).get(chosen.id) !== undefined;
  let cr: number | null = null;
  if (state.weightMethod === 'ahp') {
    const groups = (db.prepare('SELECT * FROM criterion_group ORDER BY sort_order, rowid').all() as Row[]).map((row) => rowToEntity<CriterionGroup>('criterion_group', row));
    if (groups.length > 2) {
      const comparisons = (db.prepare('SELECT * FROM ahp_comparison ORDER BY rowid').all() as Row[]).map((row) => rowToEntity<Comparison>('ahp_comparison', row));
      cr = groupAhp(groups, comparisons).cr;
    }
  }
  return vendorWarnings({ chosenVendorName: chosen?.name ?? null, chosenKnockedOut, weightMethod: state.weightMethod, consistencyRatio: cr });
}
