import type { Outline } from './wbs';
import { outline } from './wbs';
import type { Schedule } from './engine';
import { lateTasks, varianceDays } from './tracking';
import type { TimelineTask } from '../../schemas/timeline';

export interface BaselineDates {
  start: string | null;
  finish: string | null;
}

/**
 * The schedule as the timeline shows it: tasks in plan order, each with "late" and its variance against the
 * chosen baseline. Used by the backend's schedule.get and by the chart, which recomputes it locally after a drag
 * to redraw at once while the change is being saved.
 */
export function timelineTasks(planTasks: readonly Outline[], schedule: Schedule, baseline: ReadonlyMap<string, BaselineDates> | null, today: string): { tasks: TimelineTask[]; lateTaskIds: string[] } {
  return timelineTasksInOrder(outline(planTasks).map(({ task }) => task.id), schedule, baseline, today);
}

/** The same for ids already in plan order (the chart's preview reuses the order it has instead of sorting again). */
export function timelineTasksInOrder(ids: readonly string[], schedule: Schedule, baseline: ReadonlyMap<string, BaselineDates> | null, today: string): { tasks: TimelineTask[]; lateTaskIds: string[] } {
  const late = new Set(lateTasks(schedule.tasks, today).map((t) => t.id));
  const byId = new Map(schedule.tasks.map((t) => [t.id, t]));
  const tasks = ids.map((id): TimelineTask => {
    const current = byId.get(id);
    if (!current) throw new Error(`Task ${id} missing from the schedule`);
    const base = baseline?.get(id) ?? null;
    return {
      ...current,
      late: late.has(id),
      baselineStart: base?.start ?? null,
      baselineFinish: base?.finish ?? null,
      startVarianceDays: base ? varianceDays(schedule.calendar, current.start, base.start) : null,
      finishVarianceDays: base ? varianceDays(schedule.calendar, current.finish, base.finish) : null,
    };
  });
  return { tasks, lateTaskIds: [...late] };
}
