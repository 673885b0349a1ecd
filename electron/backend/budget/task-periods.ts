import type Database from 'better-sqlite3';
import type { DayPeriod } from '../../../shared/rules/budget/months';
import type { Schedule } from '../../../shared/rules/schedule/engine';
import { readPlan, schedulePlan } from '../timeline/read';

/** Per schedule computed (schedulePlan caches it while the plan is unchanged): the budget asks after every edit. */
const periodsCache = new WeakMap<Schedule, Map<string, DayPeriod>>();

/**
 * The computed dates of the plan's tasks (the scheduler owns them), for cost lines that follow a task. A plan that
 * cannot be scheduled (a dependency loop) gives no dates, and such lines use their own months; the view says so.
 * Callers treat the map as read-only.
 */
export function readTaskPeriods(db: Database.Database): Map<string, DayPeriod> {
  let schedule: Schedule;
  try {
    schedule = schedulePlan(readPlan(db));
  } catch {
    // Deliberately quiet: the timeline view reports the loop; the budget falls back to each line's own months.
    return new Map();
  }
  const cached = periodsCache.get(schedule);
  if (cached) return cached;
  const periods = new Map<string, DayPeriod>();
  for (const task of schedule.tasks) {
    if (task.start && task.finish && task.finish >= task.start) periods.set(task.id, { start: task.start, end: task.finish });
  }
  periodsCache.set(schedule, periods);
  return periods;
}
