import crypto from 'node:crypto';
import { PILOT_OUTCOME_LABELS, type PilotDecision } from '../../../../shared/schemas/pilot';
import { checkDecider } from '../../operations/people';
import { readPilot } from '../../operations/pilot-view';
import { todayIso } from '../../operations/records';
import { rowToEntity } from '../../store/tables';
import type { HandlerMap } from '../handler-types';

export const pilotHandlers: HandlerMap<'pilot.get' | 'pilot.decide'> = {
  'pilot.get': (_input, ctx) => readPilot(ctx.session().db, todayIso()),

  /** A decision is a new record every time (never an edit) and is written to the audit trail as a decision. */
  'pilot.decide': ({ decision }, ctx) => {
    const session = ctx.session();
    const by = checkDecider(session.db, decision.decidedBy, ['decision', 'decidedBy']);
    const outcome = PILOT_OUTCOME_LABELS[decision.outcome];
    const label = `Record pilot decision: ${outcome}`;
    return session.edit(label, (edit) => {
      const at = new Date().toISOString();
      const row = edit.insert('pilot_decision', {
        id: crypto.randomUUID(),
        outcome: decision.outcome,
        decided_on: decision.decidedOn,
        decided_by_id: by.memberId,
        decided_by_name: by.name,
        rationale: decision.rationale,
        recorded_at: at,
        recorded_by: session.actor,
      });
      const entity = rowToEntity<PilotDecision>('pilot_decision', row);
      session.audit.write({ at, action: 'decision', table: 'pilot_decision', rowId: entity.id, summary: `Pilot decision by ${by.name}: ${outcome}`, after: row });
      return entity;
    });
  },
};
