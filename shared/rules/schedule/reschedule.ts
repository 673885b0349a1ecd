import type { ConstraintType, Task } from '../../schemas/task';
import type { WorkCalendar } from './calendar';

export interface RescheduleChange {
  /** Working days the start moves (positive: later). */
  shift: number;
  /** The task's length after the change, in working days. */
  duration: number;
  /** The stored fields that change (none when the bar went back where it was). */
  changes: { constraintType?: ConstraintType; constraintDate?: string; durationDays?: number };
}

/**
 * What a drag of a bar (or a new start/finish typed in the table) stores: a start-no-earlier-than date where the
 * bar now starts (a fixed start stays fixed; a constraint on the finish keeps holding the finish, at the bar's new last day),
 * and a new length when the bar was stretched. Shared by the backend (which saves it) and the chart (which
 * shows the result before the save has answered), so both compute the same dates.
 */
export function rescheduleChange(
  task: Pick<Task, 'isMilestone' | 'durationDays' | 'constraintType' | 'constraintAnchor' | 'actualFinish'>,
  currentStart: string | null,
  calendar: WorkCalendar,
  start: string,
  finish?: string,
): RescheduleChange {
  const milestone = task.isMilestone || task.durationDays === 0;
  const duration = milestone ? 0 : finish === undefined ? task.durationDays : Math.max(1, calendar.workingDaysBetween(start, finish));
  const newStart = calendar.dateOf(milestone ? calendar.onOrBefore(start) : calendar.onOrAfter(start));
  const shift = currentStart ? calendar.onOrAfter(newStart) - calendar.onOrAfter(currentStart) : 0;
  const changes: RescheduleChange['changes'] = {};
  const resized = !milestone && duration !== task.durationDays && task.actualFinish === null;
  if (shift !== 0 || (resized && task.constraintAnchor === 'finish' && task.constraintType !== 'asap')) {
    changes.constraintType = task.constraintType === 'fixed' ? 'fixed' : 'snet';
    const onFinish = task.constraintAnchor === 'finish' && task.constraintType !== 'asap' && !milestone;
    changes.constraintDate = onFinish ? calendar.dateOf(calendar.onOrAfter(newStart) + duration - 1) : newStart;
  }
  if (resized) changes.durationDays = duration;
  return { shift, duration, changes };
}
