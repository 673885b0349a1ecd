import crypto from 'node:crypto';
import { ApiError } from '../../../shared/errors';
import { isSaatyValue } from '../../../shared/rules/scoring/ahp';
import { SCALE_MAX } from '../../../shared/rules/scoring/scales';
import type { Criterion, CriterionGroup, Evaluator, Score, Vendor } from '../../../shared/schemas/vendors';
import { entityToColumns, rowToEntity } from '../store/tables';
import type { HandlerMap } from '../api/handler-types';
import type { ProjectSession } from '../session';
import { readDecision, readState } from './read';

type ScoringMethods =
  | 'vendors.get' | 'vendors.setScore' | 'vendors.setKnockout' | 'vendors.setComparison'
  | 'vendors.updateSettings' | 'vendors.updateSession' | 'vendors.recordDecision';

function scoreLabel(session: ProjectSession, vendorId: string, criterionId: string, round: number, cleared: boolean): string {
  const vendor = session.get<Vendor>('vendor', vendorId);
  const criterion = session.get<Criterion>('criterion', criterionId);
  // The evaluator is not named: the undo menu and the audit summary may be seen by the room, and scoring is anonymous by default.
  return `${cleared ? 'Clear score of' : 'Score'} "${vendor.name}" on "${criterion.name}" (round ${round})`;
}

export const scoringHandlers: HandlerMap<Exclude<ScoringMethods, 'vendors.get'>> = {
  'vendors.setScore': ({ evaluatorId, vendorId, criterionId, round, value, rationale }, ctx) => {
    const session = ctx.session();
    session.get<Evaluator>('evaluator', evaluatorId);
    const criterion = session.get<Criterion>('criterion', criterionId);
    const max = SCALE_MAX[criterion.scale];
    if (value !== null && value > max) {
      throw new ApiError('VALIDATION', `"${criterion.name}" is scored 0 to ${max}.`, [{ path: ['value'], message: `Enter 0 (no evidence) to ${max}` }]);
    }
    const existing = session.db
      .prepare('SELECT id FROM score WHERE evaluator_id = ? AND vendor_id = ? AND criterion_id = ? AND round = ?')
      .get(evaluatorId, vendorId, criterionId, round) as { id: string } | undefined;
    const label = scoreLabel(session, vendorId, criterionId, round, value === null);
    if (value === null) {
      if (!existing) return { value: null, history: session.history.state() };
      return session.edit(label, (edit) => {
        edit.delete('score', existing.id);
        return null;
      });
    }
    return session.edit(label, (edit) => {
      const row = existing
        ? edit.update('score', existing.id, { value, ...(rationale !== undefined ? { rationale } : {}) })
        : edit.insert('score', { id: crypto.randomUUID(), evaluator_id: evaluatorId, vendor_id: vendorId, criterion_id: criterionId, round, value, rationale: rationale ?? '' });
      return rowToEntity<Score>('score', row);
    });
  },

  'vendors.setKnockout': ({ vendorId, criterionId, status, note }, ctx) => {
    const session = ctx.session();
    const vendor = session.get<Vendor>('vendor', vendorId);
    const criterion = session.get<Criterion>('criterion', criterionId);
    if (!criterion.mustHave) {
      throw new ApiError('VALIDATION', `"${criterion.name}" is not a must-have criterion.`, [{ path: ['criterionId'], message: 'Only must-have criteria are pass/fail' }]);
    }
    const existing = session.db.prepare('SELECT id FROM knockout_result WHERE vendor_id = ? AND criterion_id = ?').get(vendorId, criterionId) as { id: string } | undefined;
    const label = status === null ? `Clear must-have check of "${vendor.name}" on "${criterion.name}"` : `Mark "${vendor.name}" ${status === 'pass' ? 'passes' : 'fails'} must-have "${criterion.name}"`;
    if (status === null && !existing) return { value: null, history: session.history.state() };
    return session.edit(label, (edit) => {
      if (status === null && existing) edit.delete('knockout_result', existing.id);
      else if (existing) edit.update('knockout_result', existing.id, { status, ...(note !== undefined ? { note } : {}) });
      else edit.insert('knockout_result', { id: crypto.randomUUID(), vendor_id: vendorId, criterion_id: criterionId, status, note: note ?? '' });
      return null;
    });
  },

  'vendors.setComparison': ({ groupAId, groupBId, evaluatorId, value }, ctx) => {
    const session = ctx.session();
    if (groupAId === groupBId) throw new ApiError('VALIDATION', 'A group is not compared with itself.', [{ path: ['groupBId'], message: 'Choose another group' }]);
    const a = session.get<CriterionGroup>('criterion_group', groupAId);
    const b = session.get<CriterionGroup>('criterion_group', groupBId);
    if (evaluatorId) session.get<Evaluator>('evaluator', evaluatorId);
    if (value !== null && !isSaatyValue(value)) {
      throw new ApiError('VALIDATION', 'Use Saaty\'s scale: 1 to 9 or its reciprocals.', [{ path: ['value'], message: 'Choose a value from 1/9 to 9' }]);
    }
    // Stored once per pair, in id order: a over b, with the reciprocal when the caller asked the other way round.
    const [first, second, stored] = groupAId < groupBId ? [groupAId, groupBId, value] : [groupBId, groupAId, value === null ? null : 1 / value];
    const existing = session.db
      .prepare('SELECT id FROM ahp_comparison WHERE group_a_id = ? AND group_b_id = ? AND evaluator_id IS ?')
      .get(first, second, evaluatorId) as { id: string } | undefined;
    if (stored === null && !existing) return { value: null, history: session.history.state() };
    return session.edit(`Compare "${a.name}" with "${b.name}"`, (edit) => {
      if (stored === null && existing) edit.delete('ahp_comparison', existing.id);
      else if (existing) edit.update('ahp_comparison', existing.id, { value: stored });
      else edit.insert('ahp_comparison', { id: crypto.randomUUID(), group_a_id: first, group_b_id: second, evaluator_id: evaluatorId, value: stored });
      return null;
    });
  },

  'vendors.updateSettings': ({ patch }, ctx) => {
    const session = ctx.session();
    const label = patch.aggregation ? `Aggregate scores by ${patch.aggregation}` : patch.weightMethod ? `Weigh criteria by ${patch.weightMethod === 'ahp' ? 'pairwise comparison' : 'direct weights'}` : 'Edit evaluation settings';
    const result = session.edit(label, (edit) => edit.update('vendor_evaluation', 'evaluation', entityToColumns('vendor_evaluation', patch)));
    return { value: readState(session.db), history: result.history };
  },

  'vendors.updateSession': ({ patch }, ctx) => {
    const session = ctx.session();
    let label = 'Update scoring session';
    if (patch.currentCriterionId) label = `Session: discuss "${session.get<Criterion>('criterion', patch.currentCriterionId).name}"`;
    else if (patch.revealed === true) label = 'Session: reveal scores';
    else if (patch.round === 2) label = 'Session: open round 2';
    else if (patch.timerStartedAt) label = 'Session: start timer';
    const result = session.edit(label, (edit) => edit.update('vendor_evaluation', 'evaluation', entityToColumns('vendor_evaluation', patch)));
    return { value: readState(session.db), history: result.history };
  },

  'vendors.recordDecision': ({ fields }, ctx) => {
    const session = ctx.session();
    const vendor = session.get<Vendor>('vendor', fields.chosenVendorId);
    const label = `Record vendor decision: "${vendor.name}"`;
    // The decision is an ordinary undoable edit plus its own 'decision' entry in the audit trail, in one transaction.
    return session.db.transaction(() => {
      const result = session.edit(label, (edit) => edit.update('vendor_decision', 'decision', entityToColumns('vendor_decision', fields)));
      const decision = readDecision(session.db);
      session.audit.write({ at: new Date().toISOString(), action: 'decision', table: 'vendor_decision', rowId: 'decision', summary: label, after: { ...decision, chosenVendorName: vendor.name } });
      return { value: decision, history: result.history };
    })();
  },
};
