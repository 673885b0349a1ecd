import { outline } from '../../../shared/rules/schedule/wbs';
import type { Dependency, Task } from '../../../shared/schemas/task';
import type { ProjectSchedule, TimelineTask } from '../../../shared/schemas/timeline';
import type { ChartRow } from './gantt/windowed-gantt';

export interface TimelineRow {
  task: Task;
  /** Null for a moment after a task is added, until the schedule is read again. */
  scheduled: TimelineTask | null;
  depth: number;
  wbs: string;
  /** A phase or a task with sub-tasks: its dates and progress are rolled up, not edited. */
  isGroup: boolean;
  collapsed: boolean;
}

/** The rows in plan order, leaving out what sits under a collapsed group. */
export function buildTimelineRows(tasks: readonly Task[], schedule: ProjectSchedule | undefined, collapsed: ReadonlySet<string>): TimelineRow[] {
  const scheduled = new Map((schedule?.tasks ?? []).map((t) => [t.id, t]));
  const parents = new Set(tasks.map((t) => t.parentId).filter((id): id is string => id !== null));
  const rows: TimelineRow[] = [];
  let hiddenBelowDepth = Number.POSITIVE_INFINITY;
  for (const { task, depth, wbs } of outline(tasks)) {
    if (depth > hiddenBelowDepth) continue;
    hiddenBelowDepth = Number.POSITIVE_INFINITY;
    const isGroup = parents.has(task.id) || task.parentId === null;
    const isCollapsed = isGroup && collapsed.has(task.id);
    rows.push({ task, scheduled: scheduled.get(task.id) ?? null, depth, wbs, isGroup, collapsed: isCollapsed });
    if (isCollapsed) hiddenBelowDepth = depth;
  }
  return rows;
}

/** What the chart draws for a row; a row without dates still takes its line (as an invisible bar) to stay beside its table row. */
export function toChartRow(row: TimelineRow, predecessorsOf: ReadonlyMap<string, string[]>, shown: ReadonlySet<string>, fallbackDate: string): ChartRow {
  const s = row.scheduled;
  const dated = s !== null && s.start !== null && s.finish !== null;
  return {
    id: row.task.id,
    name: row.task.name,
    start: dated ? (s.start as string) : fallbackDate,
    finish: dated ? (s.finish as string) : fallbackDate,
    progress: s?.percentComplete ?? row.task.percentComplete,
    kind: !dated ? 'summary' : row.isGroup ? 'summary' : s.isMilestone ? 'milestone' : 'task',
    critical: s?.critical ?? false,
    late: s?.late ?? false,
    baselineStart: s?.baselineStart ?? null,
    baselineFinish: s?.baselineFinish ?? null,
    dependencies: (predecessorsOf.get(row.task.id) ?? []).filter((id) => shown.has(id)),
  };
}

export function predecessorsBySuccessor(dependencies: readonly Dependency[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const d of dependencies) {
    const list = map.get(d.successorId);
    if (list) list.push(d.predecessorId);
    else map.set(d.successorId, [d.predecessorId]);
  }
  return map;
}
