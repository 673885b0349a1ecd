import type Database from 'better-sqlite3';
import type { PeopleData } from '../../../shared/api/methods/people';
import { rowToEntity, type Row, type TableName } from '../store/tables';

function all<T>(db: Database.Database, table: TableName, orderBy = 'sort_order'): T[] {
  return (db.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).all() as Row[]).map((row) => rowToEntity<T>(table, row));
}

/** Everything steps 1, 2, 5 and 6 show; also what the readiness collectors and the sample test read. */
export function readPeople(db: Database.Database): PeopleData {
  return {
    functions: all(db, 'team_function'),
    members: all(db, 'team_member'),
    raci: all(db, 'raci_assignment', 'member_id, item'),
    escalation: all(db, 'escalation_level'),
    principles: all(db, 'principle'),
    useCases: all(db, 'use_case'),
    requirements: all(db, 'requirement'),
    milestones: db.prepare('SELECT id, name FROM task WHERE is_milestone = 1 ORDER BY sort_order').all() as { id: string; name: string }[],
    groups: all(db, 'stakeholder_group'),
    commItems: all(db, 'comm_item'),
    feedback: all(db, 'feedback_item'),
    audiences: all(db, 'training_audience'),
    modules: all(db, 'training_module'),
    needs: all(db, 'training_need', 'audience_id, module_id'),
    sessions: all(db, 'training_session', 'date, time, sort_order'),
    enrolments: all(db, 'training_enrolment'),
  };
}
