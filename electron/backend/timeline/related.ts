import type Database from 'better-sqlite3';
import type { TimelineEvent, TimelineRelated } from '../../../shared/schemas/timeline';
import type { HandlerMap } from '../api/handler-types';
import { tableExists } from '../vendors/read';

/** A table another step owns may not exist in a file of an older schema version: its list is then empty. */
function rows<T>(db: Database.Database, table: string, sql: string): T[] {
  return tableExists(db, table) ? (db.prepare(sql).all() as T[]) : [];
}

/** Small lists (ids and labels only), read with one query each: cheap next to a 5,000-task plan. */
export function readRelated(db: Database.Database): TimelineRelated {
  const members = rows<{ id: string; label: string }>(db, 'team_member', 'SELECT id, name AS label FROM team_member ORDER BY sort_order');
  const waves = rows<{ id: string; label: string }>(db, 'wave', 'SELECT id, name AS label FROM wave ORDER BY sort_order');
  const sessions = rows<{ id: string; title: string; date: string }>(
    db, 'training_session',
    'SELECT s.id, m.title, s.date FROM training_session s JOIN training_module m ON m.id = s.module_id ORDER BY s.date, s.sort_order',
  );
  const comms = rows<{ id: string; message: string; audience: string; date: string; status: string }>(
    db, 'comm_item',
    'SELECT c.id, c.message, g.name AS audience, c.planned_date AS date, c.status FROM comm_item c JOIN stakeholder_group g ON g.id = c.group_id ORDER BY c.planned_date, c.sort_order',
  );
  const events: TimelineEvent[] = [
    ...comms.filter((c) => c.status !== 'cancelled').map((c) => ({ id: c.id, kind: 'communication' as const, date: c.date, label: `${c.audience}: ${c.message}` })),
    ...sessions.map((s) => ({ id: s.id, kind: 'training' as const, date: s.date, label: s.title })),
  ];
  return {
    members,
    waves,
    trainingSessions: sessions.map((s) => ({ id: s.id, label: `${s.title} (${s.date})` })),
    communications: comms.map((c) => ({ id: c.id, label: `${c.audience}: ${c.message} (${c.date})` })),
    events,
  };
}

export const relatedHandlers: HandlerMap<'timeline.related'> = {
  'timeline.related': (_input, ctx) => readRelated(ctx.session().db),
};
