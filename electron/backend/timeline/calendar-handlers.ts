import crypto from 'node:crypto';
import { addYears, format, parseISO } from 'date-fns';
import { ApiError } from '../../../shared/errors';
import { WEEKDAY_NAMES, type Baseline, type Holiday } from '../../../shared/schemas/timeline';
import type { HandlerMap } from '../api/handler-types';
import { rowToEntity } from '../store/tables';
import { holidaysFromIcs } from './ics';
import { projectSchedule, readBaselines, readCalendar, readPlan, schedulePlan } from './read';

type CalendarMethods =
  | 'calendar.get' | 'calendar.update' | 'holidays.add' | 'holidays.remove' | 'holidays.import'
  | 'baselines.list' | 'baselines.save' | 'baselines.delete' | 'schedule.get';

function weekdayList(days: readonly number[]): string {
  const names = [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => WEEKDAY_NAMES[d] as string);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const shiftYears = (iso: string, years: number) => format(addYears(parseISO(iso), years), 'yyyy-MM-dd');

export const calendarHandlers: HandlerMap<CalendarMethods> = {
  'calendar.get': (_input, ctx) => readCalendar(ctx.session().db),

  'calendar.update': ({ workingWeekdays }, ctx) => {
    const session = ctx.session();
    const days = [...workingWeekdays].sort((a, b) => a - b);
    const result = session.edit(`Set the working days to ${weekdayList(days)}`, (edit) => {
      edit.update('calendar', 'project', { working_weekdays: JSON.stringify(days) });
    });
    return { value: readCalendar(session.db), history: result.history };
  },

  'holidays.add': ({ date, label }, ctx) => {
    const session = ctx.session();
    const existing = readCalendar(session.db).holidays.find((h) => h.date === date);
    if (existing) {
      const message = `${date} is already a holiday${existing.label ? ` (${existing.label})` : ''}`;
      throw new ApiError('VALIDATION', `${message}.`, [{ path: ['date'], message }]);
    }
    const id = crypto.randomUUID();
    return session.edit(`Add holiday ${label ? `"${label}" ` : ''}on ${date}`, (edit) => rowToEntity<Holiday>('holiday', edit.insert('holiday', { id, date, label })));
  },

  'holidays.remove': ({ id }, ctx) => {
    const session = ctx.session();
    const holiday = session.get<Holiday>('holiday', id);
    return session.edit(`Remove holiday ${holiday.label ? `"${holiday.label}" ` : ''}on ${holiday.date}`, (edit) => {
      edit.delete('holiday', id);
      return null;
    });
  },

  'holidays.import': ({ ics }, ctx) => {
    const session = ctx.session();
    const project = session.project();
    // Recurring holidays are expanded over the life of the plan, with a margin either side.
    const found = holidaysFromIcs(ics, shiftYears(project.plannedStart, -1), shiftYears(project.targetGoLive, 3));
    const known = new Set(readCalendar(session.db).holidays.map((h) => h.date));
    const fresh = found.filter((h) => !known.has(h.date));
    const value = { added: fresh.length, skipped: found.length - fresh.length };
    if (fresh.length === 0) return { value, history: session.history.state() };
    return session.edit(`Import ${fresh.length} holiday${fresh.length === 1 ? '' : 's'} from a calendar file`, (edit) => {
      for (const holiday of fresh) edit.insert('holiday', { id: crypto.randomUUID(), date: holiday.date, label: holiday.label });
      return value;
    });
  },

  'baselines.list': (_input, ctx) => readBaselines(ctx.session().db),

  'baselines.save': ({ name }, ctx) => {
    const session = ctx.session();
    const schedule = schedulePlan(readPlan(session.db));
    const id = crypto.randomUUID();
    return session.edit(`Save baseline "${name}"`, (edit) => {
      const row = edit.insert('baseline', { id, name, saved_at: new Date().toISOString(), project_finish: schedule.projectFinish });
      for (const task of schedule.tasks) {
        edit.insert('baseline_task', { id: crypto.randomUUID(), baseline_id: id, task_id: task.id, start: task.start, finish: task.finish, duration_days: task.durationDays });
      }
      return rowToEntity<Baseline>('baseline', row);
    });
  },

  'baselines.delete': ({ id }, ctx) => {
    const session = ctx.session();
    const baseline = session.get<Baseline>('baseline', id);
    const rows = session.db.prepare('SELECT id FROM baseline_task WHERE baseline_id = ?').all(id) as { id: string }[];
    return session.edit(`Delete baseline "${baseline.name}"`, (edit) => {
      for (const row of rows) edit.delete('baseline_task', row.id);
      edit.delete('baseline', id);
      return null;
    });
  },

  'schedule.get': ({ baselineId }, ctx) => projectSchedule(ctx.session().db, baselineId ?? null),
};
