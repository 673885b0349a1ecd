import crypto from 'node:crypto';
import type { Evaluator } from '../../../shared/schemas/vendors';
import type { HandlerMap } from '../api/handler-types';
import { readEvaluation } from './read';
import { exportScoringSheet } from './sheet-export';
import { planImport } from './sheet-import';

export const sheetHandlers: HandlerMap<'vendors.exportSheet' | 'vendors.importSheet'> = {
  'vendors.exportSheet': async ({ evaluatorId }, ctx) => {
    const session = ctx.session();
    const evaluator = session.get<Evaluator>('evaluator', evaluatorId);
    const project = session.project();
    return exportScoringSheet(readEvaluation(session.db), project.id, project.name, evaluator);
  },

  'vendors.importSheet': async ({ base64 }, ctx) => {
    const session = ctx.session();
    const plan = await planImport(base64, readEvaluation(session.db), session.project().id);
    const evaluator = session.get<Evaluator>('evaluator', plan.evaluatorId);
    const find = session.db.prepare('SELECT id, value FROM score WHERE evaluator_id = ? AND vendor_id = ? AND criterion_id = ? AND round = ?');
    const result = session.edit(`Import scoring sheet of ${evaluator.anonymous ? 'an evaluator' : evaluator.name} (round ${plan.round})`, (edit) => {
      let changed = 0;
      for (const s of plan.scores) {
        const existing = find.get(plan.evaluatorId, s.vendorId, s.criterionId, plan.round) as { id: string; value: number } | undefined;
        if (existing && existing.value === s.value) continue;
        if (existing) edit.update('score', existing.id, { value: s.value });
        else edit.insert('score', { id: crypto.randomUUID(), evaluator_id: plan.evaluatorId, vendor_id: s.vendorId, criterion_id: s.criterionId, round: plan.round, value: s.value, rationale: '' });
        changed++;
      }
      return changed;
    });
    return { value: { evaluatorName: evaluator.name, changed: result.value }, history: result.history };
  },
};
