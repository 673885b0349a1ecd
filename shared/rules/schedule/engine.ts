import type { Dependency, Task } from '../../schemas/task';
import { WorkCalendar, type CalendarSettings } from './calendar';
import { ScheduleCycleError, cycleAmong } from './cycles';

export type ScheduleTaskInput = Pick<
  Task,
  'id' | 'parentId' | 'durationDays' | 'isMilestone' | 'percentComplete' | 'constraintType' | 'constraintDate' | 'constraintAnchor' | 'actualStart' | 'actualFinish'
>;
export type ScheduleLinkInput = Pick<Dependency, 'predecessorId' | 'successorId' | 'type' | 'lagDays'>;

export interface ScheduleInput {
  /** The first day anything can start (the project's planned start). */
  projectStart: string;
  calendar: CalendarSettings;
  tasks: readonly ScheduleTaskInput[];
  dependencies: readonly ScheduleLinkInput[];
}

export interface ScheduledTask {
  id: string;
  /** Has child tasks: its dates and progress are rolled up from them. */
  isSummary: boolean;
  isMilestone: boolean;
  /** Early start and finish as calendar dates (inclusive); null for a phase with no tasks yet. */
  start: string | null;
  finish: string | null;
  /** Working days from start to finish (0 for a milestone). */
  durationDays: number;
  lateStart: string | null;
  lateFinish: string | null;
  /** Working days the task can slip without moving the project finish; negative when a fixed date is already too late. */
  totalSlackDays: number | null;
  critical: boolean;
  /** Duration-weighted for summaries (milestones weigh one day). */
  percentComplete: number;
}

export interface Schedule {
  projectStart: string;
  projectFinish: string;
  tasks: ScheduledTask[];
  calendar: WorkCalendar;
}

interface Node {
  duration: number;
  /** Start boundary from a fixed date or an actual start: predecessors do not move it. */
  pinned: number | null;
  /** Start-no-earlier-than boundary. */
  earliest: number;
  /** Pinned by a fixed start or finish (not by an actual start): it can never be later than that, so its slack is at most 0. */
  fixed?: boolean;
}

/**
 * Forward and backward pass over the leaf tasks in topological order (linear in tasks + links), then
 * roll-up of the summaries. Times are start *boundaries* in working-day ordinals: a task of d days
 * starting at boundary s occupies days s .. s+d-1 and ends at boundary s+d. See docs/scheduling.md.
 */
export function computeSchedule(input: ScheduleInput): Schedule {
  const calendar = new WorkCalendar(input.calendar, input.projectStart);
  const count = input.tasks.length;
  const indexById = new Map<string, number>();
  input.tasks.forEach((task, index) => indexById.set(task.id, index));
  const children: number[][] = Array.from({ length: count }, () => []);
  const roots: number[] = [];
  input.tasks.forEach((task, index) => {
    const parent = task.parentId === null ? undefined : indexById.get(task.parentId);
    if (parent === undefined || parent === index) roots.push(index);
    else (children[parent] as number[]).push(index);
  });
  // Top-level tasks are the phases: always summaries, even before they have tasks.
  const isRoot = new Uint8Array(count);
  for (const index of roots) isRoot[index] = 1;
  const isLeaf = (index: number) => isRoot[index] === 0 && (children[index] as number[]).length === 0;

  const nodes: Node[] = input.tasks.map((task) => toNode(task, calendar));

  // Links between leaf tasks only: a phase is a summary of its tasks, never scheduled on its own.
  const predecessors: { from: number; type: string; lag: number }[][] = Array.from({ length: count }, () => []);
  const successors: { to: number; type: string; lag: number }[][] = Array.from({ length: count }, () => []);
  const inDegree = new Int32Array(count);
  for (const link of input.dependencies) {
    const from = indexById.get(link.predecessorId);
    const to = indexById.get(link.successorId);
    if (from === undefined || to === undefined || from === to || !isLeaf(from) || !isLeaf(to)) continue;
    predecessors[to]?.push({ from, type: link.type, lag: link.lagDays });
    successors[from]?.push({ to, type: link.type, lag: link.lagDays });
    inDegree[to] = (inDegree[to] as number) + 1;
  }

  const order = topologicalOrder(count, isLeaf, successors, inDegree, predecessors, input.tasks);

  const earlyStart = new Float64Array(count);
  let projectEnd = 0;
  for (const index of order) {
    const node = nodes[index] as Node;
    let start = node.pinned ?? Math.max(0, node.earliest);
    if (node.pinned === null) {
      for (const link of predecessors[index] as { from: number; type: string; lag: number }[]) {
        const predecessorStart = earlyStart[link.from] as number;
        const predecessorDuration = (nodes[link.from] as Node).duration;
        start = Math.max(start, successorStartFrom(link.type, predecessorStart, predecessorDuration, link.lag, node.duration));
      }
    }
    earlyStart[index] = start;
    projectEnd = Math.max(projectEnd, start + node.duration);
  }

  const lateStart = new Float64Array(count);
  for (let position = order.length - 1; position >= 0; position--) {
    const index = order[position] as number;
    const node = nodes[index] as Node;
    let finish = projectEnd;
    for (const link of successors[index] as { to: number; type: string; lag: number }[]) {
      const successorStart = lateStart[link.to] as number;
      const successorDuration = (nodes[link.to] as Node).duration;
      finish = Math.min(finish, predecessorFinishFrom(link.type, successorStart, successorDuration, link.lag, node.duration));
    }
    // A fixed date is also the latest the task may start: its slack is at most 0, and predecessors that finish
    // after it get negative slack, which shows the conflict on the chain that causes it.
    lateStart[index] = node.fixed && node.pinned !== null ? Math.min(finish - node.duration, node.pinned) : finish - node.duration;
  }

  const scheduled: ScheduledTask[] = input.tasks.map((task, index) => {
    if (!isLeaf(index)) return emptySummary(task.id);
    const node = nodes[index] as Node;
    const es = earlyStart[index] as number;
    const ls = lateStart[index] as number;
    const [start, finish] = displayDays(es, node.duration);
    const [lateFirst, lateLast] = displayDays(ls, node.duration);
    return {
      id: task.id,
      isSummary: false,
      isMilestone: node.duration === 0,
      start: calendar.dateOf(start),
      finish: calendar.dateOf(finish),
      durationDays: node.duration,
      lateStart: calendar.dateOf(lateFirst),
      lateFinish: calendar.dateOf(lateLast),
      totalSlackDays: ls - es,
      critical: ls - es <= 0,
      percentComplete: task.percentComplete,
    };
  });

  rollUp(roots, children, nodes, scheduled, calendar);
  const leafFinishes = scheduled.filter((t) => !t.isSummary && t.finish !== null).map((t) => t.finish as string);
  const projectFinish = leafFinishes.reduce((latest, date) => (date > latest ? date : latest), calendar.dateOf(0));
  return { projectStart: calendar.dateOf(0), projectFinish, tasks: scheduled, calendar };
}

function toNode(task: ScheduleTaskInput, calendar: WorkCalendar): Node {
  const milestone = task.isMilestone || task.durationDays === 0;
  let duration = milestone ? 0 : task.durationDays;
  if (!milestone && task.actualStart !== null) {
    // Work that has started keeps its real start; a finished task keeps its real length too.
    const pinned = calendar.onOrAfter(task.actualStart);
    if (task.actualFinish !== null) duration = Math.max(1, calendar.workingDaysBetween(task.actualStart, task.actualFinish));
    return { duration, pinned, earliest: pinned };
  }
  if (task.constraintType === 'asap' || task.constraintDate === null) return { duration, pinned: null, earliest: 0 };
  // A milestone is a point at the end of its day, so "on D" means the boundary after day D. A finish date
  // holds the task's last day: it starts `duration` days before the boundary after that day.
  const boundary = milestone
    ? calendar.onOrBefore(task.constraintDate) + 1
    : task.constraintAnchor === 'finish'
      ? calendar.onOrBefore(task.constraintDate) + 1 - duration
      : calendar.onOrAfter(task.constraintDate);
  return task.constraintType === 'fixed' ? { duration, pinned: boundary, earliest: boundary, fixed: true } : { duration, pinned: null, earliest: boundary };
}

/** Earliest start boundary of a successor of duration d that one link allows. */
export function successorStartFrom(type: string, predecessorStart: number, predecessorDuration: number, lag: number, duration: number): number {
  switch (type) {
    case 'SS':
      return predecessorStart + lag;
    case 'FF':
      return predecessorStart + predecessorDuration + lag - duration;
    case 'SF':
      return predecessorStart + lag - duration;
    default:
      return predecessorStart + predecessorDuration + lag;
  }
}

/** Latest finish boundary of a predecessor of duration d that one link allows (the mirror of the above). */
function predecessorFinishFrom(type: string, successorStart: number, successorDuration: number, lag: number, duration: number): number {
  switch (type) {
    case 'SS':
      return successorStart - lag + duration;
    case 'FF':
      return successorStart + successorDuration - lag;
    case 'SF':
      return successorStart + successorDuration - lag + duration;
    default:
      return successorStart - lag;
  }
}

/** First and last working day a task occupies; a milestone shows on the day that ends at its boundary. */
function displayDays(start: number, duration: number): [number, number] {
  if (duration > 0) return [start, start + duration - 1];
  const day = start > 0 ? start - 1 : start;
  return [day, day];
}

function topologicalOrder(
  count: number,
  isLeaf: (index: number) => boolean,
  successors: readonly { to: number }[][],
  inDegree: Int32Array,
  predecessors: readonly { from: number }[][],
  tasks: readonly ScheduleTaskInput[],
): number[] {
  const order: number[] = [];
  let leaves = 0;
  for (let index = 0; index < count; index++) {
    if (!isLeaf(index)) continue;
    leaves++;
    if (inDegree[index] === 0) order.push(index);
  }
  for (let head = 0; head < order.length; head++) {
    for (const link of successors[order[head] as number] as { to: number }[]) {
      inDegree[link.to] = (inDegree[link.to] as number) - 1;
      if (inDegree[link.to] === 0) order.push(link.to);
    }
  }
  if (order.length < leaves) {
    const stuck: number[] = [];
    for (let index = 0; index < count; index++) if (isLeaf(index) && (inDegree[index] as number) > 0) stuck.push(index);
    const cycle = cycleAmong(stuck, predecessors.map((links) => links.map((l) => l.from)));
    throw new ScheduleCycleError(cycle.map((index) => (tasks[index] as ScheduleTaskInput).id));
  }
  return order;
}

function emptySummary(id: string): ScheduledTask {
  return {
    id, isSummary: true, isMilestone: false, start: null, finish: null, durationDays: 0,
    lateStart: null, lateFinish: null, totalSlackDays: null, critical: false, percentComplete: 0,
  };
}

/** Dates span the children; progress is weighted by duration (a milestone weighs one day). Iterative: deep trees cannot overflow the stack. */
function rollUp(roots: readonly number[], children: readonly number[][], nodes: readonly Node[], scheduled: ScheduledTask[], calendar: WorkCalendar): void {
  const postOrder: number[] = [];
  const stack = [...roots];
  while (stack.length > 0) {
    const index = stack.pop() as number;
    postOrder.push(index);
    for (const child of children[index] as number[]) stack.push(child);
  }
  const weight = new Float64Array(nodes.length);
  const done = new Float64Array(nodes.length);
  for (let position = postOrder.length - 1; position >= 0; position--) {
    const index = postOrder[position] as number;
    const task = scheduled[index] as ScheduledTask;
    const below = children[index] as number[];
    if (!task.isSummary) {
      const w = Math.max((nodes[index] as Node).duration, 1);
      weight[index] = w;
      done[index] = w * task.percentComplete;
      continue;
    }
    let minStart: string | null = null;
    let maxFinish: string | null = null;
    let minLate: string | null = null;
    let maxLate: string | null = null;
    let slack: number | null = null;
    for (const child of below) {
      const c = scheduled[child] as ScheduledTask;
      weight[index] = (weight[index] as number) + (weight[child] as number);
      done[index] = (done[index] as number) + (done[child] as number);
      if (c.start === null || c.finish === null) continue;
      if (minStart === null || c.start < minStart) minStart = c.start;
      if (maxFinish === null || c.finish > maxFinish) maxFinish = c.finish;
      if (c.lateStart !== null && (minLate === null || c.lateStart < minLate)) minLate = c.lateStart;
      if (c.lateFinish !== null && (maxLate === null || c.lateFinish > maxLate)) maxLate = c.lateFinish;
      if (c.totalSlackDays !== null && (slack === null || c.totalSlackDays < slack)) slack = c.totalSlackDays;
    }
    task.start = minStart;
    task.finish = maxFinish;
    task.lateStart = minLate;
    task.lateFinish = maxLate;
    task.totalSlackDays = slack;
    task.durationDays = minStart !== null && maxFinish !== null ? calendar.workingDaysBetween(minStart, maxFinish) : 0;
    task.percentComplete = (weight[index] as number) > 0 ? Math.round((done[index] as number) / (weight[index] as number)) : 0;
  }
}
