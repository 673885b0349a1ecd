import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import type { StepWarning } from '../../../shared/rules/step-status';
import { lateTasks, lateTasksWarning } from '../../../shared/rules/schedule/tracking';
import { localToday, readPlan, schedulePlan } from './read';

/** The plan step needs attention when tasks are past their finish and not complete, or the plan cannot be scheduled. */
export function timelineWarnings(db: Database.Database, today = localToday()): StepWarning[] {
  const plan = readPlan(db);
  let late;
  try {
    late = lateTasks(schedulePlan(plan).tasks, today);
  } catch (error) {
    if (error instanceof ApiError) return [{ stepKey: 'plan', message: error.message }];
    throw error;
  }
  const names = new Map(plan.tasks.map((t) => [t.id, t.name]));
  const message = lateTasksWarning(late.map((t) => names.get(t.id) ?? t.id));
  return message ? [{ stepKey: 'plan', message }] : [];
}
