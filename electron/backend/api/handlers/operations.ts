import { ApiError } from '../../../../shared/errors';
import { COLLECTIONS, type CollectionKey } from '../../../../shared/schemas/operations';
import { OPERATIONS_CATALOGUES } from '../../catalogues/operations';
import { collectionTable, insertRecord, moveRecord, recordName, validateNew, validatePatch } from '../../operations/collections';
import { readOperationsOverview } from '../../operations/overview';
import { readDecisionPeople } from '../../operations/people';
import { todayIso } from '../../operations/records';
import type { Edit } from '../../history/edit';
import type { ProjectSession } from '../../session';
import { entityToColumns } from '../../store/tables';
import type { HandlerMap } from '../handler-types';
import { deploymentHandlers } from './deployment';
import { governanceHandlers } from './governance';
import { monitoringHandlers } from './monitoring';
import { pilotHandlers } from './pilot';

type OperationsMethods = 'ops.create' | 'ops.update' | 'ops.delete' | 'ops.move' | 'ops.catalogues' | 'ops.people' | 'ops.overview';

/** A child needs its parent: a gate criterion its wave, a measurement its KPI. */
function checkParent(session: ProjectSession, key: CollectionKey, fields: Record<string, unknown>) {
  const def = COLLECTIONS[key];
  if (!def.parentField) return;
  const parentTable = key === 'gateCriterion' ? 'wave' : 'kpi';
  const exists = session.db.prepare(`SELECT 1 FROM "${parentTable}" WHERE id = ?`).get(fields[def.parentField]);
  if (!exists) throw new ApiError('NOT_FOUND', `No ${parentTable === 'wave' ? 'wave' : 'KPI'} with id ${String(fields[def.parentField])}.`);
}

function deleteWhere(session: ProjectSession, edit: Edit, table: 'gate_criterion' | 'kpi_measurement' | 'risk_control', column: string, id: string) {
  const rows = session.db.prepare(`SELECT id FROM "${table}" WHERE ${column} = ?`).all(id) as { id: string }[];
  for (const row of rows) edit.delete(table, row.id);
}

/** Children go in the same edit, so one undo brings the record back whole. Recorded decisions are never deleted. */
function deleteChildren(session: ProjectSession, edit: Edit, key: CollectionKey, id: string, name: string) {
  if (key === 'wave') {
    const decisions = session.db.prepare('SELECT COUNT(*) AS n FROM gate_decision WHERE wave_id = ?').get(id) as { n: number };
    if (decisions.n > 0) {
      throw new ApiError('CONFLICT', `Wave "${name}" has ${decisions.n} recorded go/no-go decision${decisions.n === 1 ? '' : 's'}; recorded decisions are kept, so the wave cannot be deleted.`);
    }
    deleteWhere(session, edit, 'gate_criterion', 'wave_id', id);
  }
  if (key === 'kpi') deleteWhere(session, edit, 'kpi_measurement', 'kpi_id', id);
  if (key === 'risk') deleteWhere(session, edit, 'risk_control', 'risk_id', id);
  if (key === 'control') deleteWhere(session, edit, 'risk_control', 'control_id', id);
}

const genericHandlers: HandlerMap<OperationsMethods> = {
  'ops.create': ({ collection, fields }, ctx) => {
    const session = ctx.session();
    const values = validateNew(collection, fields);
    checkParent(session, collection, values);
    const label = `Add ${COLLECTIONS[collection].noun} "${recordName(collection, values)}"`;
    return session.edit(label, (edit) => ({ id: insertRecord(session, edit, collection, values).id }));
  },

  'ops.update': ({ collection, id, patch }, ctx) => {
    const session = ctx.session();
    const table = collectionTable(collection);
    const current = session.get<Record<string, unknown>>(table, id);
    const changes = validatePatch(collection, current, patch);
    const label = `Edit ${COLLECTIONS[collection].noun} "${recordName(collection, { ...current, ...changes })}"`;
    return session.edit(label, (edit) => {
      edit.update(table, id, entityToColumns(table, changes));
      return { id };
    });
  },

  'ops.delete': ({ collection, id }, ctx) => {
    const session = ctx.session();
    const table = collectionTable(collection);
    const current = session.get<Record<string, unknown>>(table, id);
    const name = recordName(collection, current);
    return session.edit(`Delete ${COLLECTIONS[collection].noun} "${name}"`, (edit) => {
      deleteChildren(session, edit, collection, id, name);
      edit.delete(table, id);
      return null;
    });
  },

  'ops.move': ({ collection, id, direction }, ctx) => {
    const session = ctx.session();
    const table = collectionTable(collection);
    const current = session.get<Record<string, unknown>>(table, id);
    return session.edit(`Move ${COLLECTIONS[collection].noun} "${recordName(collection, current)}" ${direction}`, (edit) => {
      moveRecord(session, edit, collection, id, direction);
      return null;
    });
  },

  'ops.catalogues': () => OPERATIONS_CATALOGUES,

  'ops.people': (_input, ctx) => readDecisionPeople(ctx.session().db),

  'ops.overview': (_input, ctx) => readOperationsOverview(ctx.session().db, todayIso()),
};

/** Steps 7 to 10: the shared record API and each area's own methods. */
export const operationsHandlers = { ...genericHandlers, ...pilotHandlers, ...deploymentHandlers, ...monitoringHandlers, ...governanceHandlers };
