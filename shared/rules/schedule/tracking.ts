import type { WorkCalendar } from './calendar';
import type { ScheduledTask } from './engine';

/** Working days between a baseline date and the current one: positive means later than the baseline. */
export function varianceDays(calendar: WorkCalendar, current: string | null, baseline: string | null): number | null {
  if (current === null || baseline === null) return null;
  return calendar.onOrAfter(current) - calendar.onOrAfter(baseline);
}

/** Leaf tasks that should have finished before today and are not complete. */
export function lateTasks(scheduled: readonly ScheduledTask[], today: string): ScheduledTask[] {
  return scheduled.filter((task) => !task.isSummary && task.finish !== null && task.finish < today && task.percentComplete < 100);
}

/** One sentence for the plan step, naming the first late tasks so the reader knows where to look. */
export function lateTasksWarning(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const quoted = names.slice(0, 3).map((name) => `"${name}"`);
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  const subject = names.length === 1 ? '1 task is past its' : `${names.length} tasks are past their`;
  return `${subject} finish date and not complete: ${quoted.join(', ')}${more}.`;
}
