import type Database from 'better-sqlite3';
import type { Edit } from '../history/edit';
import type { TableName } from '../store/tables';

/**
 * Children are deleted explicitly inside the same edit (no ON DELETE CASCADE), so one undo brings them all back.
 */
function deleteWhere(db: Database.Database, edit: Edit, table: TableName, where: string, ...params: unknown[]): void {
  const ids = db.prepare(`SELECT id FROM ${table} WHERE ${where}`).all(...params) as { id: string }[];
  for (const { id } of ids) edit.delete(table, id);
}

export function deleteCriterionCascade(db: Database.Database, edit: Edit, criterionId: string): void {
  deleteWhere(db, edit, 'score', 'criterion_id = ?', criterionId);
  deleteWhere(db, edit, 'knockout_result', 'criterion_id = ?', criterionId);
  deleteWhere(db, edit, 'criterion_requirement', 'criterion_id = ?', criterionId);
  const state = db.prepare("SELECT current_criterion_id FROM vendor_evaluation WHERE id = 'evaluation'").get() as { current_criterion_id: string | null };
  if (state.current_criterion_id === criterionId) edit.update('vendor_evaluation', 'evaluation', { current_criterion_id: null, revealed: 0, timer_started_at: null });
  edit.delete('criterion', criterionId);
}

export function deleteGroupCascade(db: Database.Database, edit: Edit, groupId: string): void {
  const criteria = db.prepare('SELECT id FROM criterion WHERE group_id = ?').all(groupId) as { id: string }[];
  for (const { id } of criteria) deleteCriterionCascade(db, edit, id);
  deleteWhere(db, edit, 'ahp_comparison', 'group_a_id = ? OR group_b_id = ?', groupId, groupId);
  edit.delete('criterion_group', groupId);
}

export function deleteVendorCascade(db: Database.Database, edit: Edit, vendorId: string): void {
  deleteWhere(db, edit, 'score', 'vendor_id = ?', vendorId);
  deleteWhere(db, edit, 'knockout_result', 'vendor_id = ?', vendorId);
  const decision = db.prepare("SELECT chosen_vendor_id FROM vendor_decision WHERE id = 'decision'").get() as { chosen_vendor_id: string | null };
  if (decision.chosen_vendor_id === vendorId) edit.update('vendor_decision', 'decision', { chosen_vendor_id: null });
  edit.delete('vendor', vendorId);
}

export function deleteEvaluatorCascade(db: Database.Database, edit: Edit, evaluatorId: string): void {
  deleteWhere(db, edit, 'score', 'evaluator_id = ?', evaluatorId);
  deleteWhere(db, edit, 'ahp_comparison', 'evaluator_id = ?', evaluatorId);
  edit.delete('evaluator', evaluatorId);
}
