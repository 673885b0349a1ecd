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

/** The plan's outline (order, depth, WBS number, groups): depends on the tasks only, so a new schedule reuses it. */
export interface PlanOutline {
  rows: { task: Task; depth: number; wbs: string; isGroup: boolean }[];
}

export function planOutline(tasks: readonly Task[]): PlanOutline {
  const parents = new Set(tasks.map((t) => t.parentId).filter((id): id is string => id !== null));
  return { rows: outline(tasks).map(({ task, depth, wbs }) => ({ task, depth, wbs, isGroup: parents.has(task.id) || task.parentId === null })) };
}

/** The rows in plan order, leaving out what sits under a collapsed group. */
export function buildTimelineRows(tasks: readonly Task[] | PlanOutline, schedule: ProjectSchedule | undefined, collapsed: ReadonlySet<string>): TimelineRow[] {
  const plan = 'rows' in tasks ? tasks : planOutline(tasks);
  const scheduled = new Map((schedule?.tasks ?? []).map((t) => [t.id, t]));
  const rows: TimelineRow[] = [];
  let hiddenBelowDepth = Number.POSITIVE_INFINITY;
  for (const { task, depth, wbs, isGroup } of plan.rows) {
    if (depth > hiddenBelowDepth) continue;
    hiddenBelowDepth = Number.POSITIVE_INFINITY;
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

export type RowScope = 'all' | 'critical' | 'late';

export interface RowFilter {
  text: string;
  scope: RowScope;
}

/**
 * The rows whose task matches the filter (name, WBS number or owner contains the text; on the critical path or
 * late), each with the groups above it so it keeps its place in the plan. One pass: fine for 5,000 rows per keystroke.
 */
export function filterRows(rows: readonly TimelineRow[], filter: RowFilter, ownerNames: ReadonlyMap<string, string>): TimelineRow[] {
  const text = filter.text.trim().toLocaleLowerCase();
  if (!text && filter.scope === 'all') return [...rows];
  const keep = new Uint8Array(rows.length);
  const ancestors: number[] = [];
  rows.forEach((row, index) => {
    ancestors.length = row.depth;
    const s = row.scheduled;
    const owner = (row.task.ownerMemberId ? ownerNames.get(row.task.ownerMemberId) : undefined) ?? row.task.ownerName;
    const inScope = filter.scope === 'all' || (!row.isGroup && (filter.scope === 'critical' ? s?.critical === true : s?.late === true));
    const matches = !text || row.task.name.toLocaleLowerCase().includes(text) || row.wbs.startsWith(text) || owner.toLocaleLowerCase().includes(text);
    if (inScope && matches && (!row.isGroup || filter.scope === 'all')) {
      keep[index] = 1;
      for (const above of ancestors) keep[above] = 1;
    }
    ancestors.push(index);
  });
  return rows.filter((_, index) => keep[index] === 1);
}
