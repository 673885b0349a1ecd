import type Database from 'better-sqlite3';
import type { PeopleEntity } from '../../../shared/api/methods/people';
import { ApiError, type FieldIssue } from '../../../shared/errors';
import type { Edit } from '../history/edit';
import type { TableName } from '../store/tables';

type Values = Record<string, unknown>;

function exists(db: Database.Database, table: TableName, id: unknown): boolean {
  return typeof id === 'string' && db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/**
 * The links an entry makes must point at entries that exist (a member's function, a session's module, ...).
 * `prefix` is where the values sit in the request (['values'] or ['patch']), so the UI shows the message by the field.
 */
export function checkReferences(db: Database.Database, entity: PeopleEntity, values: Values, prefix: string[], selfId?: string): void {
  const issues: FieldIssue[] = [];
  const need = (field: string, table: TableName, message: string) => {
    const id = values[field];
    if (id !== null && id !== undefined && !exists(db, table, id)) issues.push({ path: [...prefix, field], message });
  };
  const needAll = (field: string, table: TableName, message: string) => {
    const ids = values[field];
    if (Array.isArray(ids) && ids.some((id) => !exists(db, table, id))) issues.push({ path: [...prefix, field], message });
  };
  if (entity === 'member' || entity === 'useCase') need('functionId', 'team_function', 'Choose a function from the list');
  if (entity === 'requirement') {
    needAll('requestingFunctionIds', 'team_function', 'Choose functions from the list');
    needAll('useCaseIds', 'use_case', 'Choose use cases from the list');
    const milestone = values.milestoneTaskId;
    if (typeof milestone === 'string' && !db.prepare('SELECT 1 FROM task WHERE id = ? AND is_milestone = 1').get(milestone)) {
      issues.push({ path: [...prefix, 'milestoneTaskId'], message: 'Choose a milestone of the plan' });
    }
  }
  if (entity === 'escalation') need('escalateToMemberId', 'team_member', 'Choose a team member from the list');
  if (entity === 'commItem' || entity === 'feedback') need('groupId', 'stakeholder_group', 'Choose a stakeholder group from the list');
  if (entity === 'session') {
    need('moduleId', 'training_module', 'Choose a module from the list');
    const { enrolled } = db.prepare('SELECT COALESCE(SUM(enrolled), 0) AS enrolled FROM training_enrolment WHERE session_id = ?').get(selfId ?? '') as { enrolled: number };
    if (Number(values.capacity) < enrolled) issues.push({ path: [...prefix, 'capacity'], message: `${enrolled} people are enrolled: at least ${enrolled} seats` });
  }
  if (entity === 'enrolment') {
    need('sessionId', 'training_session', 'Choose a session from the list');
    need('audienceId', 'training_audience', 'Choose an audience from the list');
    checkEnrolment(db, values, prefix, selfId, issues);
  }
  if (issues.length > 0) throw new ApiError('VALIDATION', issues[0]?.message ?? 'A link is not valid.', issues);
}

/** One row per session and audience, and no more people enrolled in a session than it has seats. */
function checkEnrolment(db: Database.Database, values: Values, prefix: string[], selfId: string | undefined, issues: FieldIssue[]): void {
  const duplicate = db.prepare('SELECT 1 FROM training_enrolment WHERE session_id = ? AND audience_id = ? AND id <> ?').get(values.sessionId, values.audienceId, selfId ?? '');
  if (duplicate) issues.push({ path: [...prefix, 'audienceId'], message: 'This audience already has a row for this session: edit that row' });
  const session = db.prepare('SELECT capacity FROM training_session WHERE id = ?').get(values.sessionId) as { capacity: number } | undefined;
  if (!session) return;
  const { taken } = db.prepare('SELECT COALESCE(SUM(enrolled), 0) AS taken FROM training_enrolment WHERE session_id = ? AND id <> ?').get(values.sessionId, selfId ?? '') as { taken: number };
  const enrolled = Number(values.enrolled ?? 0);
  if (taken + enrolled > session.capacity) {
    issues.push({ path: [...prefix, 'enrolled'], message: `The session has ${session.capacity} seats and ${taken} are taken: at most ${session.capacity - taken} more` });
  }
}

function removeFromJsonArrays(edit: Edit, db: Database.Database, table: TableName, column: string, id: string): number {
  const rows = db.prepare(`SELECT id, ${column} AS ids FROM ${table} WHERE EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ?)`).all(id) as { id: string; ids: string }[];
  for (const row of rows) {
    const ids = (JSON.parse(row.ids) as string[]).filter((other) => other !== id);
    edit.update(table, row.id, { [column]: JSON.stringify(ids) });
  }
  return rows.length;
}

function deleteWhere(edit: Edit, db: Database.Database, table: TableName, column: string, id: string): number {
  const ids = db.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).all(id) as { id: string }[];
  for (const row of ids) edit.delete(table, row.id);
  return ids.length;
}

function clearWhere(edit: Edit, db: Database.Database, table: TableName, column: string, id: string): void {
  const ids = db.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).all(id) as { id: string }[];
  for (const row of ids) edit.update(table, row.id, { [column]: null });
}

/**
 * Before an entry is deleted, what depends on it is deleted or unlinked inside the same edit, so one undo brings
 * everything back (the audit trail lists each of them).
 */
export function removeDependents(edit: Edit, db: Database.Database, entity: PeopleEntity, id: string): void {
  switch (entity) {
    case 'function':
      clearWhere(edit, db, 'team_member', 'function_id', id);
      clearWhere(edit, db, 'use_case', 'function_id', id);
      removeFromJsonArrays(edit, db, 'requirement', 'requesting_function_ids', id);
      return;
    case 'member':
      deleteWhere(edit, db, 'raci_assignment', 'member_id', id);
      // The escalation level keeps the person's name as text: the path still says who, undo relinks.
      clearWhere(edit, db, 'escalation_level', 'escalate_to_member_id', id);
      return;
    case 'useCase':
      removeFromJsonArrays(edit, db, 'requirement', 'use_case_ids', id);
      return;
    case 'group':
      deleteWhere(edit, db, 'comm_item', 'group_id', id);
      clearWhere(edit, db, 'feedback_item', 'group_id', id);
      return;
    case 'audience':
      deleteWhere(edit, db, 'training_need', 'audience_id', id);
      deleteWhere(edit, db, 'training_enrolment', 'audience_id', id);
      return;
    case 'module': {
      deleteWhere(edit, db, 'training_need', 'module_id', id);
      const sessions = db.prepare('SELECT id FROM training_session WHERE module_id = ?').all(id) as { id: string }[];
      for (const session of sessions) {
        deleteWhere(edit, db, 'training_enrolment', 'session_id', session.id);
        edit.delete('training_session', session.id);
      }
      return;
    }
    case 'session':
      deleteWhere(edit, db, 'training_enrolment', 'session_id', id);
      return;
    default:
      return;
  }
}

const memberName = (db: Database.Database, id: unknown) =>
  (db.prepare('SELECT name FROM team_member WHERE id = ?').get(id) as { name: string } | undefined)?.name;

/**
 * An escalation level linked to a team member carries the member's name, so reports and exports read one column.
 * Typing another name on a linked level means someone else takes it: the link is dropped. `values` is a new entry
 * or a patch; `current` is the entry before a patch.
 */
export function withEscalationNames(db: Database.Database, entity: PeopleEntity, values: Values, current?: Values): Values {
  if (entity !== 'escalation') return values;
  const memberId = 'escalateToMemberId' in values ? values.escalateToMemberId : current?.escalateToMemberId;
  const name = typeof memberId === 'string' ? memberName(db, memberId) : undefined;
  if (name === undefined) return values;
  if ('escalateToMemberId' in values || !('escalateTo' in values)) return { ...values, escalateTo: name };
  return values.escalateTo === name ? values : { ...values, escalateToMemberId: null };
}

/** A renamed member's escalation levels follow the new name, inside the rename's edit. */
export function renameInEscalation(edit: Edit, db: Database.Database, memberId: string, name: string): void {
  const rows = db.prepare('SELECT id FROM escalation_level WHERE escalate_to_member_id = ?').all(memberId) as { id: string }[];
  for (const row of rows) edit.update('escalation_level', row.id, { escalate_to: name });
}
