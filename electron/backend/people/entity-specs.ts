import type { PeopleEntity } from '../../../shared/api/methods/people';
import type { TableName } from '../store/tables';

export interface EntitySpec {
  table: TableName;
  /** How the audit trail and the undo menu name one entry: "member", "use case", ... */
  noun: string;
  /** The column that names an entry in labels ("Add member Ana Ruiz"). */
  nameColumn: string;
}

export const ENTITY_SPECS: Record<PeopleEntity, EntitySpec> = {
  function: { table: 'team_function', noun: 'function', nameColumn: 'name' },
  member: { table: 'team_member', noun: 'member', nameColumn: 'name' },
  escalation: { table: 'escalation_level', noun: 'escalation level', nameColumn: 'issue_kind' },
  principle: { table: 'principle', noun: 'principle', nameColumn: 'statement' },
  useCase: { table: 'use_case', noun: 'use case', nameColumn: 'name' },
  requirement: { table: 'requirement', noun: 'requirement', nameColumn: 'title' },
  group: { table: 'stakeholder_group', noun: 'stakeholder group', nameColumn: 'name' },
  commItem: { table: 'comm_item', noun: 'communication', nameColumn: 'message' },
  feedback: { table: 'feedback_item', noun: 'concern', nameColumn: 'concern' },
  audience: { table: 'training_audience', noun: 'audience', nameColumn: 'role' },
  module: { table: 'training_module', noun: 'module', nameColumn: 'title' },
  session: { table: 'training_session', noun: 'session', nameColumn: 'date' },
  enrolment: { table: 'training_enrolment', noun: 'enrolment', nameColumn: 'enrolled' },
};

/** A label names the entry the way a person would, shortened so the undo menu stays readable. */
export function entryName(value: unknown): string {
  const text = String(value ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
