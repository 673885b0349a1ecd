import type Database from 'better-sqlite3';
import type { DecisionPeople } from '../../../shared/api/methods/operations';
import { ApiError } from '../../../shared/errors';
import { tableExists } from './records';

interface MemberRow {
  id: string;
  name: string;
  role: string;
  decision_rights: string;
}

/**
 * Members of step 1's team (table team_member) with their go/no-go right. Read by table, not through the team
 * feature's code, so a file without the team still works: then anyone may be named as free text.
 */
export function readDecisionPeople(db: Database.Database): DecisionPeople {
  if (!tableExists(db, 'team_member')) return { source: 'none', members: [] };
  const rows = db.prepare('SELECT id, name, role, decision_rights FROM team_member ORDER BY sort_order').all() as MemberRow[];
  const members = rows.map((row) => ({ id: row.id, name: row.name, role: row.role, canDecide: hasGoNoGo(row.decision_rights) }));
  return { source: 'team', members };
}

function hasGoNoGo(json: string): boolean {
  try {
    const rights: unknown = JSON.parse(json);
    return Array.isArray(rights) && rights.includes('go_no_go');
  } catch {
    return false;
  }
}

/**
 * When the team names people with the go/no-go right, a decision or sign-off must come from one of them.
 * Without such people (no team yet) the name is free text and the member id stays empty.
 */
export function checkDecider(db: Database.Database, person: { memberId: string | null; name: string }, path: (string | number)[]): { memberId: string | null; name: string } {
  const deciders = readDecisionPeople(db).members.filter((m) => m.canDecide);
  if (deciders.length === 0) return { memberId: null, name: person.name };
  const member = person.memberId ? deciders.find((m) => m.id === person.memberId) : deciders.find((m) => m.name === person.name);
  if (!member) {
    throw new ApiError('VALIDATION', `${person.name} does not hold the go/no-go right.`, [
      { path, message: `Choose a team member with the go/no-go right (${deciders.map((d) => d.name).join(', ')})` },
    ]);
  }
  return { memberId: member.id, name: member.name };
}
