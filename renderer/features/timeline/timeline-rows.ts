import { outline } from '../../../shared/rules/schedule/wbs';
import type { Dependency, Task } from '../../../shared/schemas/task';
import type { ProjectSchedule, TimelineEvent, TimelineTask } from '../../../shared/schemas/timeline';
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

/**
 * A dated item of another step drawn on the timeline (a planned communication of step 5, a training session of
 * step 6), or the group row above them. Read-only here: it is planned on its own step's page.
 */
export interface EventRow {
  kind: 'event';
  id: string;
  label: string;
  /** The event's day; for the group, the first and last of its events. */
  start: string;
  finish: string;
  source: TimelineEvent['kind'] | 'group';
  depth: number;
  collapsed: boolean;
}

/** A line of the timeline: a task of the plan, or an event of steps 5 and 6 below the plan. */
export type BodyRow = TimelineRow | EventRow;

export const EVENTS_GROUP_ID = 'events-of-steps-5-and-6';

export const isEventRow = (row: BodyRow): row is EventRow => !('task' in row);
export const bodyRowId = (row: BodyRow): string => (isEventRow(row) ? row.id : row.task.id);

/**
 * The events as rows below the plan: a group "Communications and training" (collapsible like a phase) and one
 * milestone row per event, by date. The text filter applies to them as to tasks; "critical" and "late" hide them.
 */
export function eventRows(events: readonly TimelineEvent[], collapsed: ReadonlySet<string>, filter: RowFilter): EventRow[] {
  const text = filter.text.trim().toLocaleLowerCase();
  if (filter.scope !== 'all') return [];
  const shown = [...events].filter((e) => !text || e.label.toLocaleLowerCase().includes(text)).sort((a, b) => a.date.localeCompare(b.date));
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return [];
  const group: EventRow = { kind: 'event', id: EVENTS_GROUP_ID, label: 'Communications and training (steps 5 and 6)', start: first.date, finish: last.date, source: 'group', depth: 0, collapsed: collapsed.has(EVENTS_GROUP_ID) };
  if (group.collapsed) return [group];
  return [group, ...shown.map((e): EventRow => ({ kind: 'event', id: `event-${e.kind}-${e.id}`, label: e.label, start: e.date, finish: e.date, source: e.kind, depth: 1, collapsed: false }))];
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
export function toChartRow(row: BodyRow, predecessorsOf: ReadonlyMap<string, string[]>, shown: ReadonlySet<string>, fallbackDate: string): ChartRow {
  if (isEventRow(row)) {
    return { id: row.id, name: row.label, start: row.start, finish: row.finish, progress: 0, kind: row.source === 'group' ? 'summary' : 'event', critical: false, late: false, baselineStart: null, baselineFinish: null, dependencies: [] };
  }
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
