import crypto from 'node:crypto';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { FieldIssue } from '../../../shared/errors';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type InterchangeRow, type ProjectDocument } from '../../../shared/interchange/document';
import { linkLagToDays, linkTypeFromMspdi, mspdiDurationToDays } from '../../../shared/exports/mspdi-units';
import { cycleAmong } from '../../../shared/rules/schedule/cycles';
import { isIsoDate } from '../../../shared/schemas/common';
import { SCHEMA_VERSION } from '../project-file/migrations';
import { APP_VERSION } from '../version';
import { importCalendar } from './mspdi-calendar';
import { MSPDI_LIMITS, listOf, parseMspdiXml, refuse, refuseAll, textOf, type XmlNode } from './mspdi-xml';

const MAX_DAYS = 3_650;
const MAX_ISSUES = 50;

interface ParsedTask {
  index: number;
  uid: number;
  id: string;
  name: string;
  level: number;
  days: number | null;
  milestone: boolean;
  summaryFlag: boolean;
  percent: number;
  notes: string;
  constraint: { type: 'snet' | 'fixed'; anchor: 'start' | 'finish'; date: string } | null;
  /** The real start and finish of work that has started (a finish only with a start, never before it). */
  actualStart: string | null;
  actualFinish: string | null;
  links: { index: number; predecessorUid: number; type: string; lagDays: number }[];
  parentId: string | null;
}

/** `2027-01-04T08:00:00` -> `2027-01-04` when it is a real date. */
export function datePart(value: string | undefined): string | null {
  const day = value?.trim().slice(0, 10);
  return day !== undefined && isIsoDate(day) ? day : null;
}

const integer = (text: string | undefined): number | null => (text !== undefined && /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : null);
const number = (text: string | undefined): number | null => (text !== undefined && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : null);

class Issues {
  readonly list: FieldIssue[] = [];
  add(path: (string | number)[], message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
  }
}

function readTask(node: XmlNode, index: number, issues: Issues): ParsedTask | 'skip' | null {
  const at = (field: string): (string | number)[] => ['Tasks', 'Task', index, field];
  if (textOf(node, 'IsNull') === '1') return 'skip';
  const uid = integer(textOf(node, 'UID'));
  if (uid === null || uid < 0) {
    issues.add(at('UID'), 'Every task needs a whole-number UID');
    return null;
  }
  const outlineNumber = textOf(node, 'OutlineNumber');
  const levelText = textOf(node, 'OutlineLevel');
  const level = levelText !== undefined ? integer(levelText) : outlineNumber ? outlineNumber.split('.').length : 1;
  // UID 0 / outline level 0 is MS Project's project summary task: the project itself, not a task of the plan.
  if (uid === 0 || level === 0) return 'skip';
  if (level === null || level < 1 || level > MSPDI_LIMITS.maxOutlineLevel) {
    issues.add(at('OutlineLevel'), `The outline level must be a whole number from 1 to ${MSPDI_LIMITS.maxOutlineLevel}`);
    return null;
  }
  const durationText = textOf(node, 'Duration');
  let days: number | null = null;
  if (durationText !== undefined && durationText !== '') {
    days = mspdiDurationToDays(durationText);
    if (days === null) issues.add(at('Duration'), `"${durationText.slice(0, 40)}" is not a duration such as PT24H0M0S`);
    else if (days > MAX_DAYS) issues.add(at('Duration'), `The duration is longer than ${MAX_DAYS.toLocaleString('en')} working days`);
  }
  const percentText = textOf(node, 'PercentComplete');
  const percent = percentText === undefined || percentText === '' ? 0 : number(percentText);
  if (percent === null) issues.add(at('PercentComplete'), 'The percent complete must be a number');
  const constraintCode = integer(textOf(node, 'ConstraintType'));
  const constraintDate = datePart(textOf(node, 'ConstraintDate'));
  // 4 start no earlier than, 6 finish no earlier than, 2 must start on, 3 must finish on; the others (as late as
  // possible, no later than) have no counterpart in the app and import as as soon as possible.
  const constraintType = constraintCode === 4 || constraintCode === 6 ? 'snet' : constraintCode === 2 || constraintCode === 3 ? 'fixed' : null;
  const constraintAnchor = constraintCode === 3 || constraintCode === 6 ? 'finish' : 'start';
  const actualStart = datePart(textOf(node, 'ActualStart'));
  const finished = datePart(textOf(node, 'ActualFinish'));
  const actualFinish = actualStart !== null && finished !== null && finished >= actualStart ? finished : null;
  const name = (textOf(node, 'Name') ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
  const links = listOf(node, 'PredecessorLink').flatMap((link, linkIndex) => {
    const path = ['Tasks', 'Task', index, 'PredecessorLink', linkIndex];
    const predecessorUid = integer(textOf(link, 'PredecessorUID'));
    if (predecessorUid === null) {
      issues.add([...path, 'PredecessorUID'], 'The link names no predecessor UID');
      return [];
    }
    const typeText = textOf(link, 'Type');
    const type = typeText === undefined || typeText === '' ? 'FS' : linkTypeFromMspdi(integer(typeText) ?? -1);
    if (type === null) {
      issues.add([...path, 'Type'], 'The link type must be 0 (FF), 1 (FS), 2 (SF) or 3 (SS)');
      return [];
    }
    const lag = number(textOf(link, 'LinkLag')) ?? 0;
    const lagDays = linkLagToDays(lag, integer(textOf(link, 'LagFormat')) ?? 7);
    if (Math.abs(lagDays) > MAX_DAYS) {
      issues.add([...path, 'LinkLag'], `The lag is more than ${MAX_DAYS.toLocaleString('en')} working days`);
      return [];
    }
    return [{ index: linkIndex, predecessorUid, type, lagDays }];
  });
  return {
    index, uid, id: crypto.randomUUID(), name: name || `Task ${uid}`, level, days,
    milestone: textOf(node, 'Milestone') === '1',
    summaryFlag: textOf(node, 'Summary') === '1',
    percent: Math.round(Math.min(100, Math.max(0, percent ?? 0))),
    notes: (textOf(node, 'Notes') ?? '').slice(0, 20_000),
    constraint: constraintType && constraintDate ? { type: constraintType, anchor: constraintAnchor, date: constraintDate } : null,
    actualStart,
    actualFinish,
    links,
    parentId: null,
  };
}

/** Parents from outline levels: each task's parent is the nearest task above it with a lower level. */
function nest(tasks: ParsedTask[]): void {
  const stack: ParsedTask[] = [];
  for (const task of tasks) {
    while (stack.length > 0 && (stack[stack.length - 1] as ParsedTask).level >= task.level) stack.pop();
    task.parentId = stack.length > 0 ? (stack[stack.length - 1] as ParsedTask).id : null;
    stack.push(task);
  }
}

function taskRow(task: ParsedTask, parentId: string | null, sortOrder: number, hasChildren: boolean): InterchangeRow {
  const milestone = !hasChildren && (task.milestone || task.days === 0);
  return {
    id: task.id, parentId, stepKey: null, name: task.name,
    durationDays: hasChildren || milestone ? 0 : (task.days ?? 1),
    isMilestone: milestone,
    percentComplete: task.percent,
    sortOrder, notes: task.notes, ownerName: '', ownerMemberId: null,
    constraintType: task.constraint && !hasChildren ? task.constraint.type : 'asap',
    constraintDate: task.constraint && !hasChildren ? task.constraint.date : null,
    constraintAnchor: task.constraint && !hasChildren ? task.constraint.anchor : 'start',
    // A phase's dates roll up from its tasks: it keeps no actual dates of its own.
    actualStart: hasChildren ? null : task.actualStart,
    actualFinish: hasChildren ? null : task.actualFinish,
    waveId: null, trainingSessionId: null, communicationId: null,
  };
}

/** The dependency rows, refusing unknown predecessors, self links and loops (named, with the link's path). */
function dependencyRows(tasks: ParsedTask[], issues: Issues): InterchangeRow[] {
  const byUid = new Map(tasks.map((t) => [t.uid, t]));
  const rows: InterchangeRow[] = [];
  const where: (string | number)[][] = [];
  const seen = new Set<string>();
  for (const task of tasks) {
    for (const link of task.links) {
      const path = ['Tasks', 'Task', task.index, 'PredecessorLink', link.index];
      const predecessor = byUid.get(link.predecessorUid);
      if (!predecessor) {
        issues.add([...path, 'PredecessorUID'], `No task has UID ${link.predecessorUid}`);
        continue;
      }
      if (predecessor === task) {
        issues.add([...path, 'PredecessorUID'], 'A task cannot depend on itself');
        continue;
      }
      const key = `${predecessor.id}>${task.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ id: crypto.randomUUID(), predecessorId: predecessor.id, successorId: task.id, type: link.type, lagDays: link.lagDays });
      where.push(path);
    }
  }
  const cycle = findCycle(tasks, rows);
  if (cycle) {
    const names = cycle.map((i) => `"${(tasks[i] as ParsedTask).name}"`);
    const closing = rows.findIndex((r) => r.predecessorId === (tasks[cycle[cycle.length - 1] as number] as ParsedTask).id && r.successorId === (tasks[cycle[0] as number] as ParsedTask).id);
    issues.add(where[closing] ?? ['Tasks'], `The dependencies go round in a loop: ${[...names, names[0]].join(' → ')}`);
  }
  return rows;
}

function findCycle(tasks: ParsedTask[], rows: InterchangeRow[]): number[] | null {
  const indexOf = new Map(tasks.map((t, i) => [t.id, i]));
  const predecessors: number[][] = tasks.map(() => []);
  const successors: number[][] = tasks.map(() => []);
  const inDegree = new Int32Array(tasks.length);
  for (const row of rows) {
    const from = indexOf.get(String(row.predecessorId)) as number;
    const to = indexOf.get(String(row.successorId)) as number;
    predecessors[to]?.push(from);
    successors[from]?.push(to);
    inDegree[to] = (inDegree[to] as number) + 1;
  }
  const order: number[] = [];
  for (let i = 0; i < tasks.length; i++) if (inDegree[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const next of successors[order[head] as number] as number[]) {
      inDegree[next] = (inDegree[next] as number) - 1;
      if (inDegree[next] === 0) order.push(next);
    }
  }
  if (order.length === tasks.length) return null;
  const stuck: number[] = [];
  for (let i = 0; i < tasks.length; i++) if ((inDegree[i] as number) > 0) stuck.push(i);
  return cycleAmong(stuck, predecessors);
}

function projectRow(project: XmlNode, tasks: XmlNode[], now: Date): InterchangeRow {
  const today = format(now, 'yyyy-MM-dd');
  const starts = tasks.map((t) => datePart(textOf(t, 'Start'))).filter((d): d is string => d !== null).sort();
  const plannedStart = datePart(textOf(project, 'StartDate')) ?? starts[0] ?? today;
  const finish = datePart(textOf(project, 'FinishDate'));
  const targetGoLive = finish && finish >= plannedStart && differenceInCalendarDays(parseISO(finish), parseISO(plannedStart)) <= 3_650 * 2
    ? finish
    : format(addDays(parseISO(plannedStart), 90), 'yyyy-MM-dd');
  const name = (textOf(project, 'Name') || textOf(project, 'Title') || '').replace(/\.(xml|mpp)$/i, '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return {
    id: crypto.randomUUID(),
    name: name || 'Imported plan',
    organisation: (textOf(project, 'Company') ?? '').trim().slice(0, 200),
    description: '',
    plannedStart,
    targetGoLive,
    currency: 'EUR',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/**
 * An MS Project XML (MSPDI) file as an interchange document holding the project, its tasks (hierarchy from the
 * outline levels), dependencies, working weekdays and holidays, all with new ids. Pure: reads the text, writes
 * nothing. Refuses (VALIDATION, each issue with its path such as `Tasks.Task[12].Duration`) anything it cannot
 * take whole. Top-level tasks without sub-tasks are gathered under one "Imported tasks" phase, because top-level
 * tasks are the plan's phases. See docs/exports.md.
 */
export function mspdiToDocument(xml: string, now: Date = new Date()): ProjectDocument {
  const project = parseMspdiXml(xml);
  const taskNodes = listOf(project, 'Tasks', 'Task');
  if (taskNodes.length > MSPDI_LIMITS.maxTasks) {
    throw refuse(`it has ${taskNodes.length.toLocaleString('en')} tasks; at most ${MSPDI_LIMITS.maxTasks.toLocaleString('en')} can be imported.`, ['Tasks', 'Task']);
  }
  const issues = new Issues();
  const tasks: ParsedTask[] = [];
  const uids = new Set<number>();
  taskNodes.forEach((node, index) => {
    const task = readTask(node, index, issues);
    if (task === null || task === 'skip') return;
    if (uids.has(task.uid)) issues.add(['Tasks', 'Task', index, 'UID'], `UID ${task.uid} is used by an earlier task`);
    uids.add(task.uid);
    tasks.push(task);
  });
  nest(tasks);
  const dependencies = dependencyRows(tasks, issues);
  const calendar = importCalendar(project, issues);
  if (issues.list.length > 0) throw refuseAll(issues.list);

  const withChildren = new Set(tasks.map((t) => t.parentId).filter((id): id is string => id !== null));
  const looseRoots = tasks.filter((t) => t.parentId === null && !withChildren.has(t.id) && !t.summaryFlag);
  const rows: InterchangeRow[] = [];
  let phase: InterchangeRow | null = null;
  tasks.forEach((task, order) => {
    let parentId = task.parentId;
    if (parentId === null && looseRoots.includes(task)) {
      if (!phase) {
        phase = taskRow({ ...task, id: crypto.randomUUID(), name: 'Imported tasks', notes: 'Tasks that had no phase in the MS Project file.', constraint: null, percent: 0 }, null, order, true);
        rows.push(phase);
      }
      parentId = String(phase.id);
    }
    rows.push(taskRow(task, parentId, order + 1, withChildren.has(task.id)));
  });

  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    generator: { name: 'Rollout Planner (MS Project XML import)', version: APP_VERSION },
    tables: {
      project: [projectRow(project, taskNodes, now)],
      task: rows,
      dependency: dependencies,
      calendar: [{ id: 'project', workingWeekdays: calendar.workingWeekdays }],
      holiday: calendar.holidays.map((h) => ({ id: crypto.randomUUID(), date: h.date, label: h.label })),
    },
    derived: { schedule: { projectStart: '', projectFinish: '', tasks: [], criticalPath: [] }, vendors: null, budget: null, steps: [] },
  };
}
