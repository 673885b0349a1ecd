import crypto from 'node:crypto';
import { z } from 'zod';
import type Database from 'better-sqlite3';
import { MemberFields, RACI_ITEMS, RACI_ROLES } from '../../../shared/schemas/team';
import { PrincipleFields, RequirementFields, UseCaseFields } from '../../../shared/schemas/requirements';
import { CommItemFields, FeedbackFields, StakeholderGroupFields } from '../../../shared/schemas/communications';
import { AudienceFields, NEED_LEVELS } from '../../../shared/schemas/training';
import { EscalationFields } from '../../../shared/schemas/team';
import type { SampleSeeder } from '../projects/sample-seeders';
import { RowWriter } from '../store/row-writer';
import { entityToColumns, type TableName } from '../store/tables';
import { TRAINING_LIBRARY } from './training-library';
import northwind from '../../../resources/sample/northwind-people.json';

const Count = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

/** resources/sample/northwind-people.json: names instead of ids, so the file reads like the plan it describes. */
const SampleFile = z.object({
  functions: z.object({ set: z.record(z.string(), z.boolean()), add: z.array(z.object({ name: z.string(), usesModels: z.boolean() })) }),
  raciOrder: z.string().refine((order) => order === RACI_ITEMS.join(' '), 'raciOrder must list the RACI columns in the app order'),
  members: z.array(MemberFields.omit({ functionId: true }).extend({ function: z.string(), raci: z.string().regex(new RegExp(`^[${RACI_ROLES.join('')}.]{${RACI_ITEMS.length}}$`)) })),
  /** `member` links the level to a team member by name; without it the level names someone outside the team. */
  escalation: z.array(z.object({ ...EscalationFields.shape, member: z.string().optional() }).strict()),
  principles: z.array(PrincipleFields),
  useCases: z.array(UseCaseFields.omit({ functionId: true }).extend({ function: z.string() })),
  requirements: z.array(RequirementFields.omit({ requestingFunctionIds: true, useCaseIds: true, milestoneTaskId: true }).extend({
    functions: z.array(z.string()), useCases: z.array(z.string()), milestone: z.string().nullable(),
  })),
  groups: z.array(StakeholderGroupFields),
  commItems: z.array(CommItemFields.omit({ groupId: true }).extend({ group: z.string() })),
  feedback: z.array(z.object({ ...FeedbackFields.shape, group: z.string() }).omit({ groupId: true })),
  audiences: z.array(AudienceFields),
  modules: z.array(z.string()),
  needs: z.record(z.string(), z.record(z.string(), z.enum(NEED_LEVELS))),
  sessions: z.array(z.object({
    module: z.string(), date: z.string(), time: z.string(), trainer: z.string(), capacity: z.number().int().min(1), location: z.string(),
    enrolments: z.record(z.string(), Count),
  })),
});

export const NORTHWIND_PEOPLE = SampleFile.parse(northwind);

function lookup(map: ReadonlyMap<string, string>, name: string, what: string): string {
  const id = map.get(name);
  if (!id) throw new Error(`The Northwind sample names an unknown ${what}: ${name}`);
  return id;
}

/** Fills steps 1, 2, 5 and 6 of the sample project (the template already seeded the default functions). */
export const seedNorthwindPeople: SampleSeeder = (db: Database.Database, context) => {
  const sample = NORTHWIND_PEOPLE;
  const rows = new RowWriter(db);
  const add = (table: TableName, values: Record<string, unknown>, sortOrder: number, extra: Record<string, unknown> = {}) => {
    const id = crypto.randomUUID();
    rows.insert(table, { id, ...entityToColumns(table, values), ...extra, sort_order: sortOrder });
    return id;
  };

  const functionId = new Map((db.prepare('SELECT id, name FROM team_function').all() as { id: string; name: string }[]).map((f) => [f.name, f.id]));
  for (const [name, usesModels] of Object.entries(sample.functions.set)) rows.update('team_function', lookup(functionId, name, 'function'), { uses_models: usesModels ? 1 : 0 });
  sample.functions.add.forEach((fn, i) => functionId.set(fn.name, add('team_function', fn, functionId.size + i)));

  const memberIds = new Map<string, string>();
  sample.members.forEach(({ function: fn, raci, ...member }, i) => {
    const memberId = add('team_member', { ...member, functionId: lookup(functionId, fn, 'function') }, i);
    memberIds.set(member.name, memberId);
    [...raci].forEach((role, c) => {
      if (role !== '.') rows.insert('raci_assignment', { id: crypto.randomUUID(), member_id: memberId, item: RACI_ITEMS[c], role });
    });
  });
  sample.escalation.forEach(({ member, ...level }, i) => {
    add('escalation_level', { ...level, escalateToMemberId: member ? lookup(memberIds, member, 'member') : null }, i);
  });
  sample.principles.forEach((p, i) => add('principle', p, i));

  const useCaseId = new Map<string, string>();
  sample.useCases.forEach(({ function: fn, ...u }, i) => useCaseId.set(u.name, add('use_case', { ...u, functionId: lookup(functionId, fn, 'function') }, i)));
  sample.requirements.forEach(({ functions, useCases, milestone, ...r }, i) => {
    add('requirement', {
      ...r,
      requestingFunctionIds: functions.map((f) => lookup(functionId, f, 'function')),
      useCaseIds: useCases.map((u) => lookup(useCaseId, u, 'use case')),
      milestoneTaskId: milestone ? lookup(context.taskIdByRef, milestone, 'milestone') : null,
    }, i, { code: `REQ-${String(i + 1).padStart(3, '0')}` });
  });

  const groupId = new Map<string, string>();
  sample.groups.forEach((g, i) => groupId.set(g.name, add('stakeholder_group', g, i)));
  sample.commItems.forEach(({ group, ...c }, i) => add('comm_item', { ...c, groupId: lookup(groupId, group, 'group') }, i));
  sample.feedback.forEach(({ group, ...f }, i) => add('feedback_item', { ...f, groupId: lookup(groupId, group, 'group') }, i));

  const audienceId = new Map<string, string>();
  sample.audiences.forEach((a, i) => audienceId.set(a.role, add('training_audience', a, i)));
  const moduleId = new Map<string, string>();
  sample.modules.forEach((libraryId, i) => {
    const entry = TRAINING_LIBRARY.find((m) => m.id === libraryId);
    if (!entry) throw new Error(`The Northwind sample names an unknown library module: ${libraryId}`);
    const { title, format, durationMinutes, topics, otherTopics } = entry;
    moduleId.set(libraryId, add('training_module', { title, format, durationMinutes, topics, otherTopics, libraryId }, i));
  });
  for (const [role, modules] of Object.entries(sample.needs)) {
    for (const [libraryId, level] of Object.entries(modules)) {
      rows.insert('training_need', { id: crypto.randomUUID(), audience_id: lookup(audienceId, role, 'audience'), module_id: lookup(moduleId, libraryId, 'module'), level });
    }
  }
  let enrolmentOrder = 0;
  sample.sessions.forEach(({ module, enrolments, ...session }, i) => {
    const sessionId = add('training_session', { ...session, moduleId: lookup(moduleId, module, 'module') }, i);
    for (const [role, [enrolled, completed]] of Object.entries(enrolments)) {
      add('training_enrolment', { sessionId, audienceId: lookup(audienceId, role, 'audience'), enrolled, completed }, enrolmentOrder++);
    }
  });
};
