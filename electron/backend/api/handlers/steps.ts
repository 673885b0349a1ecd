import { ApiError } from '../../../../shared/errors';
import { stepByKey } from '../../../../shared/steps';
import { STEP_STATUS_LABELS, type StepPatch, type StepRecord } from '../../../../shared/schemas/step';
import { readStepSummaries } from '../../projects/steps';
import { entityToColumns, rowToEntity } from '../../store/tables';
import type { HandlerMap } from '../handler-types';

type StepMethods = 'steps.list' | 'steps.update';

function stepLabel(title: string, patch: StepPatch): string {
  if (patch.statusOverride === null) return `Use the computed status of "${title}"`;
  if (patch.statusOverride) return `Set "${title}" to ${STEP_STATUS_LABELS[patch.statusOverride]}`;
  if (patch.notes !== undefined) return `Edit notes of "${title}"`;
  return `Edit "${title}"`;
}

export const stepHandlers: HandlerMap<StepMethods> = {
  'steps.list': (_input, ctx) => readStepSummaries(ctx.session().db),

  'steps.update': ({ key, patch }, ctx) => {
    const session = ctx.session();
    const title = stepByKey(key).title;
    const changes: StepPatch = { ...patch };
    // Clearing the override clears its reason: a reason without an override would mislead.
    if (patch.statusOverride === null) changes.overrideReason = '';
    const result = session.edit(stepLabel(title, patch), (edit) => {
      const current = rowToEntity<StepRecord>('step', edit.get('step', key));
      const override = changes.statusOverride === undefined ? current.statusOverride : changes.statusOverride;
      const reason = changes.overrideReason ?? current.overrideReason;
      if (override !== null && reason.trim() === '') {
        throw new ApiError('VALIDATION', 'Say why the status is overridden.', [{ path: ['patch', 'overrideReason'], message: 'Say why the status is overridden' }]);
      }
      edit.update('step', key, entityToColumns('step', changes));
    });
    const summary = readStepSummaries(session.db).find((s) => s.key === key);
    if (!summary) throw new ApiError('NOT_FOUND', `No step ${key}.`);
    return { value: summary, history: result.history };
  },
};
