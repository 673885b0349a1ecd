import crypto from 'node:crypto';
import { ApiError } from '../../../../shared/errors';
import { GATE_OUTCOME_LABELS, type DeploymentPlan } from '../../../../shared/schemas/deployment';
import { readDeployment } from '../../operations/deployment-view';
import { checkDecider } from '../../operations/people';
import { todayIso } from '../../operations/records';
import { entityToColumns, rowToEntity } from '../../store/tables';
import type { HandlerMap } from '../handler-types';

export const deploymentHandlers: HandlerMap<'deployment.get' | 'deployment.updatePlan' | 'deployment.decideGate'> = {
  'deployment.get': (_input, ctx) => readDeployment(ctx.session().db, todayIso()),

  'deployment.updatePlan': ({ patch }, ctx) => {
    const session = ctx.session();
    const label = patch.strategy ? `Set deployment strategy to ${patch.strategy === 'phased' ? 'phased' : 'all at once'}` : 'Edit deployment notes';
    return session.edit(label, (edit) => {
      const row = edit.update('deployment_plan', 'plan', entityToColumns('deployment_plan', patch));
      const { strategy, notes } = rowToEntity<DeploymentPlan>('deployment_plan', row);
      return { strategy, notes };
    });
  },

  /**
   * The gate before a wave is decided by recording a decision with its sign-offs. A recorded decision is never
   * edited: a change of mind is a new decision, and the older ones stay in the gate's history and the audit trail.
   */
  'deployment.decideGate': ({ decision }, ctx) => {
    const session = ctx.session();
    const wave = session.db.prepare('SELECT name FROM wave WHERE id = ?').get(decision.waveId) as { name: string } | undefined;
    if (!wave) throw new ApiError('NOT_FOUND', `No wave with id ${decision.waveId}.`);
    const signOffs = decision.signOffs.map((s, index) => ({ ...checkDecider(session.db, s, ['decision', 'signOffs', index, 'name']), signedOn: s.signedOn }));
    const outcome = GATE_OUTCOME_LABELS[decision.outcome];
    return session.edit(`Record ${outcome} for the gate before "${wave.name}"`, (edit) => {
      const at = new Date().toISOString();
      const id = crypto.randomUUID();
      const row = edit.insert('gate_decision', {
        id,
        wave_id: decision.waveId,
        outcome: decision.outcome,
        decided_on: decision.decidedOn,
        rationale: decision.rationale,
        sign_offs: JSON.stringify(signOffs),
        recorded_at: at,
        recorded_by: session.actor,
      });
      const names = signOffs.map((s) => s.name).join(', ');
      session.audit.write({ at, action: 'decision', table: 'gate_decision', rowId: id, summary: `${outcome} for wave "${wave.name}", signed off by ${names}`, after: row });
      return { id };
    });
  },
};
