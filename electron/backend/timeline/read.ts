import type Database from 'better-sqlite3';
import { format } from 'date-fns';
import { ApiError } from '../../../shared/errors';
import { computeSchedule, type Schedule } from '../../../shared/rules/schedule/engine';
import { ScheduleCycleError } from '../../../shared/rules/schedule/cycles';
import { varianceDays } from '../../../shared/rules/schedule/tracking';
import { timelineTasks } from '../../../shared/rules/schedule/timeline-view';
import type { Dependency, Task } from '../../../shared/schemas/task';
import type { Baseline, Holiday, ProjectCalendar, ProjectSchedule } from '../../../shared/schemas/timeline';
import { withChangedRows } from '../history/changed-rows';
import { dataStamp } from '../history/data-stamp';
import { readTasks } from '../projects/steps';
import { rowToEntity, type Row } from '../store/tables';

export function readDependencies(db: Database.Database): Dependency[] {
  return (db.prepare('SELECT * FROM dependency').all() as Row[]).map((row) => rowToEntity<Dependency>('dependency', row));
}

export function readCalendar(db: Database.Database): ProjectCalendar {
  const row = db.prepare("SELECT * FROM calendar WHERE id = 'project'").get() as Row | undefined;
  const workingWeekdays = row ? rowToEntity<{ workingWeekdays: number[] }>('calendar', row).workingWeekdays : [1, 2, 3, 4, 5];
  const holidays = (db.prepare('SELECT * FROM holiday ORDER BY date').all() as Row[]).map((r) => rowToEntity<Holiday>('holiday', r));
  return { workingWeekdays, holidays };
}

export function readBaselines(db: Database.Database): Baseline[] {
  return (db.prepare('SELECT * FROM baseline ORDER BY saved_at DESC').all() as Row[]).map((row) => rowToEntity<Baseline>('baseline', row));
}

/** The date on this machine: "late" means late for the person looking at the plan. */
export function localToday(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

export interface PlanData {
  projectStart: string;
  tasks: Task[];
  dependencies: Dependency[];
  calendar: ProjectCalendar;
}

/** The tables the plan is read from (see readPlanNow). */
export const PLAN_TABLES = ['project', 'task', 'dependency', 'calendar', 'holiday'] as const;

/**
 * The plan as last read, while none of its tables has changed since (see dataStamp: for an open project its
 * history says which tables an edit, undo or redo touched, so editing a cost line or a weight keeps the plan;
 * for any other file `total_changes()` counts every row this connection wrote). Several readers run per refresh
 * (the schedule, the step warnings, the pilot date, other views' dates); with 5,000 tasks reading and scheduling
 * once instead of four times is most of the time a drag costs. Nothing is cached inside a transaction, whose
 * changes may still be rolled back.
 */
const planCache = new WeakMap<Database.Database, { stamp: string; plan: PlanData }>();
const scheduleCache = new WeakMap<PlanData, Schedule>();

/** What the plan is made of; callers must treat it as read-only (it may be shared with the next caller). */
export function readPlan(db: Database.Database): PlanData {
  if (db.inTransaction) return readPlanNow(db);
  const stamp = dataStamp(db, PLAN_TABLES);
  const cached = planCache.get(db);
  if (cached && cached.stamp === stamp) return cached.plan;
  const plan = (cached && patchedPlan(db, cached.plan, cached.stamp)) ?? readPlanNow(db);
  planCache.set(db, { stamp, plan });
  return plan;
}

/**
 * The cached plan with the task rows written since `stamp` read again (a drag, a rename, a new percentage), when
 * those are all the plan's changes; null otherwise. Reading a few rows instead of 5,000 is what keeps the step
 * warnings and the schedule quick after a drag.
 */
function patchedPlan(db: Database.Database, plan: PlanData, stamp: string): PlanData | null {
  const tasks = withChangedRows(db, 'task', PLAN_TABLES, plan.tasks, stamp, (before, after) => before.sortOrder === after.sortOrder);
  return tasks ? { ...plan, tasks } : null;
}

function readPlanNow(db: Database.Database): PlanData {
  const project = db.prepare('SELECT planned_start FROM project LIMIT 1').get() as { planned_start: string } | undefined;
  if (!project) throw new ApiError('FILE_CORRUPT', 'The project file has no project record.');
  return { projectStart: project.planned_start, tasks: readTasks(db), dependencies: readDependencies(db), calendar: readCalendar(db) };
}

/** Runs the scheduler; a stored cycle (only possible in a file edited by other means) becomes a CONFLICT naming it. */
export function schedulePlan(plan: PlanData): Schedule {
  const cached = scheduleCache.get(plan);
  if (cached) return cached;
  try {
    const schedule = computeSchedule({
      projectStart: plan.projectStart,
      calendar: { workingWeekdays: plan.calendar.workingWeekdays, holidays: plan.calendar.holidays.map((h) => h.date) },
      tasks: plan.tasks,
      dependencies: plan.dependencies,
    });
    scheduleCache.set(plan, schedule);
    return schedule;
  } catch (error) {
    if (error instanceof ScheduleCycleError) throw cycleConflict(plan.tasks, error.taskIds, 'The plan cannot be scheduled: its dependencies go round in a loop');
    throw error;
  }
}

export function cycleConflict(tasks: readonly Pick<Task, 'id' | 'name'>[], cycle: readonly string[], lead: string): ApiError {
  const names = new Map(tasks.map((t) => [t.id, t.name]));
  const loop = [...cycle, cycle[0] as string].map((id) => `"${names.get(id) ?? id}"`).join(' → ');
  return new ApiError('CONFLICT', `${lead}: ${loop}.`);
}

export function projectSchedule(db: Database.Database, baselineId: string | null, today = localToday()): ProjectSchedule {
  const plan = readPlan(db);
  const schedule = schedulePlan(plan);
  const baseline = baselineId === null ? null : (readBaselines(db).find((b) => b.id === baselineId) ?? null);
  if (baselineId !== null && baseline === null) throw new ApiError('NOT_FOUND', 'That baseline no longer exists.');
  const saved = new Map<string, { start: string | null; finish: string | null }>();
  if (baseline) {
    for (const row of db.prepare('SELECT task_id, start, finish FROM baseline_task WHERE baseline_id = ?').all(baseline.id) as { task_id: string; start: string | null; finish: string | null }[]) {
      saved.set(row.task_id, { start: row.start, finish: row.finish });
    }
  }
  const { tasks, lateTaskIds } = timelineTasks(plan.tasks, schedule, baseline ? saved : null, today);
  return {
    projectStart: schedule.projectStart,
    projectFinish: schedule.projectFinish,
    today,
    tasks,
    baseline: baseline ? { ...baseline, finishVarianceDays: varianceDays(schedule.calendar, schedule.projectFinish, baseline.projectFinish) ?? 0 } : null,
    calendar: plan.calendar,
    lateTaskIds,
  };
}
