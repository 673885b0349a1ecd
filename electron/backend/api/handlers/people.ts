import crypto from 'node:crypto';
import { entityFields, type PeopleEntity } from '../../../../shared/api/methods/people';
import { ApiError } from '../../../../shared/errors';
import { RACI_ROLE_LABELS, raciItemLabel } from '../../../../shared/schemas/team';
import { stepByKey } from '../../../../shared/steps';
import { ENTITY_SPECS, entryName } from '../../people/entity-specs';
import { readPeople } from '../../people/read';
import { checkReferences, removeDependents, renameInEscalation, withEscalationNames } from '../../people/references';
import { TRAINING_LIBRARY } from '../../people/training-library';
import type { ProjectSession } from '../../session';
import { entityToColumns, rowToEntity, type Row } from '../../store/tables';
import { zodIssues } from '../validation';
import type { HandlerMap } from '../handler-types';

type PeopleMethods =
  | 'people.read' | 'people.create' | 'people.update' | 'people.delete' | 'people.move'
  | 'people.setRaci' | 'people.setTrainingNeed' | 'people.trainingLibrary' | 'people.addLibraryModule';

function nextSortOrder(session: ProjectSession, table: string): number {
  const row = session.db.prepare(`SELECT COALESCE(MAX(sort_order), -1) + 1 AS next FROM ${table}`).get() as { next: number };
  return row.next;
}

/** REQ-001, REQ-002, ...: never reused, so a code cited by a vendor criterion or a report keeps meaning the same thing. */
function nextRequirementCode(session: ProjectSession): string {
  const codes = session.db.prepare('SELECT code FROM requirement').all() as { code: string }[];
  const highest = codes.reduce((max, { code }) => Math.max(max, Number(/^REQ-(\d+)$/.exec(code)?.[1] ?? 0)), 0);
  return `REQ-${String(highest + 1).padStart(3, '0')}`;
}

function label(verb: string, entity: PeopleEntity, row: Row): string {
  const spec = ENTITY_SPECS[entity];
  const name = entryName(row[spec.nameColumn]);
  return name ? `${verb} ${spec.noun} "${name}"` : `${verb} ${spec.noun}`;
}

function insertEntity(session: ProjectSession, entity: PeopleEntity, input: Record<string, unknown>) {
  const { table } = ENTITY_SPECS[entity];
  checkReferences(session.db, entity, input, ['values']);
  const values = withEscalationNames(session.db, entity, input);
  const id = crypto.randomUUID();
  const columns: Row = { id, ...entityToColumns(table, values), sort_order: nextSortOrder(session, table) };
  if (entity === 'requirement') columns.code = nextRequirementCode(session);
  const result = session.edit(label('Add', entity, columns), (edit) => edit.insert(table, columns));
  return { value: { id }, history: result.history };
}

export const peopleHandlers: HandlerMap<PeopleMethods> = {
  'people.read': (_input, ctx) => readPeople(ctx.session().db),

  'people.create': (input, ctx) => insertEntity(ctx.session(), input.entity, input.values as Record<string, unknown>),

  'people.update': ({ entity, id, patch }, ctx) => {
    const session = ctx.session();
    const { table } = ENTITY_SPECS[entity];
    const current = rowToEntity<Record<string, unknown>>(table, session.get<Row>(table, id) as Row);
    // The entry as it would be after the change must be valid as a whole (e.g. "completed" not above "enrolled").
    const merged = entityFields(entity).safeParse({ ...current, ...patch });
    if (!merged.success) {
      const issues = zodIssues(merged.error, ['patch']);
      throw new ApiError('VALIDATION', issues[0]?.message ?? 'The change is not valid.', issues);
    }
    checkReferences(session.db, entity, merged.data, ['patch'], id);
    const change = withEscalationNames(session.db, entity, patch as Record<string, unknown>, current);
    const result = session.edit(label('Edit', entity, entityToColumns(table, current) as Row), (edit) => {
      edit.update(table, id, entityToColumns(table, change));
      if (entity === 'member' && typeof change.name === 'string') renameInEscalation(edit, session.db, id, change.name);
    });
    return { value: { id }, history: result.history };
  },

  'people.delete': ({ entity, id }, ctx) => {
    const session = ctx.session();
    const { table } = ENTITY_SPECS[entity];
    const row = session.get<Row>(table, id);
    const before = entityToColumns(table, row as Record<string, unknown>) as Row;
    const result = session.edit(label('Delete', entity, before), (edit) => {
      removeDependents(edit, session.db, entity, id);
      edit.delete(table, id);
    });
    return { value: null, history: result.history };
  },

  'people.move': ({ entity, id, direction }, ctx) => {
    const session = ctx.session();
    const { table } = ENTITY_SPECS[entity];
    const row = rowToEntity<Row & { sortOrder: number }>(table, session.get<Row>(table, id) as Row);
    const op = direction === 'up' ? '<' : '>';
    const neighbour = session.db
      .prepare(`SELECT id, sort_order FROM ${table} WHERE sort_order ${op} ? ORDER BY sort_order ${direction === 'up' ? 'DESC' : 'ASC'} LIMIT 1`)
      .get(row.sortOrder) as { id: string; sort_order: number } | undefined;
    if (!neighbour) return { value: null, history: session.history.state() };
    const result = session.edit(label(`Move ${direction}`, entity, entityToColumns(table, row) as Row), (edit) => {
      edit.update(table, id, { sort_order: neighbour.sort_order });
      edit.update(table, neighbour.id, { sort_order: row.sortOrder });
    });
    return { value: null, history: result.history };
  },

  'people.setRaci': ({ memberId, item, role }, ctx) => {
    const session = ctx.session();
    const member = session.get<{ name: string }>('team_member', memberId);
    const existing = session.db.prepare('SELECT * FROM raci_assignment WHERE member_id = ? AND item = ?').get(memberId, item) as Row | undefined;
    const what = raciItemLabel(item, (key) => `step ${stepByKey(key).number}, ${stepByKey(key).title}`);
    const text = role ? `Make ${member.name} ${RACI_ROLE_LABELS[role]} for ${what}` : `Clear ${member.name}'s RACI role for ${what}`;
    const result = session.edit(text, (edit) => {
      if (existing && role) edit.update('raci_assignment', existing.id, { role });
      else if (existing) edit.delete('raci_assignment', existing.id);
      else if (role) edit.insert('raci_assignment', { id: crypto.randomUUID(), member_id: memberId, item, role });
    });
    return { value: null, history: result.history };
  },

  'people.setTrainingNeed': ({ audienceId, moduleId, level }, ctx) => {
    const session = ctx.session();
    const audience = session.get<{ role: string }>('training_audience', audienceId);
    const module = session.get<{ title: string }>('training_module', moduleId);
    const existing = session.db.prepare('SELECT * FROM training_need WHERE audience_id = ? AND module_id = ?').get(audienceId, moduleId) as Row | undefined;
    const text = level ? `Make "${entryName(module.title)}" ${level} for ${audience.role}` : `"${entryName(module.title)}" not needed for ${audience.role}`;
    const result = session.edit(text, (edit) => {
      if (existing && level) edit.update('training_need', existing.id, { level });
      else if (existing) edit.delete('training_need', existing.id);
      else if (level) edit.insert('training_need', { id: crypto.randomUUID(), audience_id: audienceId, module_id: moduleId, level });
    });
    return { value: null, history: result.history };
  },

  'people.trainingLibrary': () => [...TRAINING_LIBRARY],

  'people.addLibraryModule': ({ libraryId }, ctx) => {
    const entry = TRAINING_LIBRARY.find((m) => m.id === libraryId);
    if (!entry) throw new ApiError('NOT_FOUND', `The library has no module ${libraryId}.`);
    const { title, format, durationMinutes, topics, otherTopics } = entry;
    return insertEntity(ctx.session(), 'module', { title, format, durationMinutes, topics, otherTopics, libraryId });
  },
};
