import type Database from 'better-sqlite3';
import { readPlan, schedulePlan } from '../timeline/read';

/**
 * The first day of the pilot as the timeline schedules it: the early start of the pilot phase (step 7), from the
 * planned start, durations, dependencies, constraints and the project calendar. Null when the project has no pilot
 * phase or the plan cannot be scheduled (a dependency cycle): the communications rule then counts any planned
 * communication, and says so in its message.
 */
export function pilotStart(db: Database.Database): string | null {
  const plan = readPlan(db);
  const phase = plan.tasks.find((t) => t.parentId === null && t.stepKey === 'pilot');
  if (!phase) return null;
  try {
    return schedulePlan(plan).tasks.find((t) => t.id === phase.id)?.start ?? null;
  } catch {
    return null;
  }
}
