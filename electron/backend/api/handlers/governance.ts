import crypto from 'node:crypto';
import { ApiError } from '../../../../shared/errors';
import { FRAMEWORK_LABELS, type Charter } from '../../../../shared/schemas/governance';
import { OPERATIONS_CATALOGUES } from '../../catalogues/operations';
import { insertRecord } from '../../operations/collections';
import { readGovernance } from '../../operations/governance-view';
import { todayIso } from '../../operations/records';
import { entityToColumns, rowToEntity } from '../../store/tables';
import type { HandlerMap } from '../handler-types';

type GovernanceMethods = 'governance.get' | 'governance.linkControl' | 'governance.updateCharter' | 'governance.addCompliance';

export const governanceHandlers: HandlerMap<GovernanceMethods> = {
  'governance.get': (_input, ctx) => readGovernance(ctx.session().db, todayIso()),

  'governance.linkControl': ({ riskId, controlId, linked }, ctx) => {
    const session = ctx.session();
    const risk = session.get<{ title: string }>('risk', riskId);
    const control = session.get<{ name: string }>('control', controlId);
    const link = session.db.prepare('SELECT id FROM risk_control WHERE risk_id = ? AND control_id = ?').get(riskId, controlId) as { id: string } | undefined;
    if (Boolean(link) === linked) return { value: null, history: session.history.state() };
    const label = linked ? `Link control "${control.name}" to risk "${risk.title}"` : `Unlink control "${control.name}" from risk "${risk.title}"`;
    return session.edit(label, (edit) => {
      if (link) edit.delete('risk_control', link.id);
      else edit.insert('risk_control', { id: crypto.randomUUID(), risk_id: riskId, control_id: controlId });
      return null;
    });
  },

  'governance.updateCharter': ({ patch }, ctx) => {
    const session = ctx.session();
    return session.edit('Edit the governance charter', (edit) => {
      const { purpose, boundaries, successCriteria } = rowToEntity<Charter>('governance_charter', edit.update('governance_charter', 'charter', entityToColumns('governance_charter', patch)));
      return { purpose, boundaries, successCriteria };
    });
  },

  /** Adds the framework's checklist items that the project does not have yet (matched by reference). */
  'governance.addCompliance': ({ framework }, ctx) => {
    const session = ctx.session();
    const present = new Set((session.db.prepare('SELECT ref FROM compliance_item WHERE framework = ?').all(framework) as { ref: string }[]).map((r) => r.ref));
    const items = OPERATIONS_CATALOGUES.compliance.items.filter((i) => i.framework === framework && !present.has(i.ref));
    if (items.length === 0) {
      if (present.size === 0) throw new ApiError('NOT_FOUND', `The catalogue has no ${FRAMEWORK_LABELS[framework]} items.`);
      return { value: { added: 0 }, history: session.history.state() };
    }
    return session.edit(`Add the ${FRAMEWORK_LABELS[framework]} checklist`, (edit) => {
      for (const item of items) {
        insertRecord(session, edit, 'complianceItem', { framework, ref: item.ref, title: item.title, applies: 'unsure', status: 'not_started', evidence: '' });
      }
      return { added: items.length };
    });
  },
};
