import type Database from 'better-sqlite3';
import type { DayPeriod } from '../../../shared/rules/budget/months';
import { readPlan, schedulePlan } from '../timeline/read';

/**
 * The computed dates of the plan's tasks (the scheduler owns them), for cost lines that follow a task. A plan that
 * cannot be scheduled (a dependency loop) gives no dates, and such lines use their own months; the view says so.
 */
export function readTaskPeriods(db: Database.Database): Map<string, DayPeriod> {
  const periods = new Map<string, DayPeriod>();
  try {
    for (const task of schedulePlan(readPlan(db)).tasks) {
      if (task.start && task.finish && task.finish >= task.start) periods.set(task.id, { start: task.start, end: task.finish });
    }
  } catch {
    // Deliberately quiet: the timeline view reports the loop; the budget falls back to each line's own months.
  }
  return periods;
}
