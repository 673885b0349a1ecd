import { addDays, format, parseISO } from 'date-fns';
import type { ProjectDocument } from '../../interchange/document';
import type { Task } from '../../schemas/task';
import { stepByKey } from '../../steps';
import { byId, rows } from '../doc';
import { overdueTasks } from '../facts';
import { day, integer, isoDay } from '../format';
import type { Block } from '../model';
import { reportSteps } from '../redacted';
import { moreRows, SUMMARY_ROWS } from './limits';

/** A step's attention points; with a limit, the first few and how many more the full report lists. */
function attentionPoints(messages: readonly string[], limit: number): string {
  if (messages.length <= limit) return messages.join('; ');
  return `${messages.slice(0, limit).join('; ')}; and ${messages.length - limit} more`;
}

/**
 * Open issues: every step's readiness warning (the app's own rules) and the tasks past their finish, in plan
 * order; more than `overdueLimit` of them show the most overdue ones and how many more there are.
 */
export function issueBlocks(doc: ProjectDocument, now: Date, perStep = Number.POSITIVE_INFINITY, overdueLimit = SUMMARY_ROWS): Block[] {
  const warnings = reportSteps(doc).filter((s) => s.warnings.length > 0)
    .map((s) => [`${stepByKey(s.key).number}. ${stepByKey(s.key).title}`, attentionPoints(s.warnings.map((w) => w.message), perStep)]);
  const today = isoDay(now);
  const scheduled = new Map(doc.derived.schedule.tasks.map((t) => [t.id, t]));
  const overdue = overdueTasks(doc, today);
  const due = (t: Task) => scheduled.get(t.id)?.earlyFinish ?? '';
  const shown = overdue.length > overdueLimit ? [...overdue].sort((a, b) => due(a).localeCompare(due(b))).slice(0, overdueLimit) : overdue;
  return [
    { kind: 'table', caption: 'Open issues raised by the plan\'s checks', header: ['Step', 'Issue'], rows: warnings, empty: 'The checks raise no open issue.' },
    ...(overdue.length > 0 ? [{ kind: 'table' as const,
      caption: shown.length < overdue.length ? `Tasks past their finish date: the ${shown.length} most overdue of ${integer(overdue.length)}` : 'Tasks past their finish date',
      header: ['Task', 'Owner', 'Due', 'Done'], numericColumns: [3],
      rows: shown.map((t) => [t.name, t.ownerName || '–', day(due(t)), `${t.percentComplete}%`]) }] : []),
    ...moreRows(overdue.length, shown.length, 'tasks past their finish date', 'the timeline and the data exports list them all'),
  ];
}

/** Next steps: the work starting or due in the next 30 days, by date. */
export function nextStepBlocks(doc: ProjectDocument, now: Date, days = 30, limit = 15): Block[] {
  const today = isoDay(now);
  const until = format(addDays(parseISO(today), days), 'yyyy-MM-dd');
  const tasks = byId(rows<Task>(doc, 'task'));
  const upcoming = doc.derived.schedule.tasks
    .filter((t) => !t.isSummary && t.percentComplete < 100 && t.earlyStart !== null && t.earlyFinish !== null
      && ((t.earlyStart >= today && t.earlyStart <= until) || (t.earlyFinish >= today && t.earlyFinish <= until)))
    .sort((a, b) => (a.earlyStart ?? '').localeCompare(b.earlyStart ?? ''))
    .slice(0, limit);
  return [{ kind: 'table', caption: `Starting or due by ${day(until)}`, header: ['Task', 'Owner', 'Start', 'Finish', 'Note'], empty: `Nothing starts or falls due in the next ${days} days.`,
    rows: upcoming.map((t) => {
      const task = tasks.get(t.id);
      return [task?.name ?? '?', task?.ownerName || '–', day(t.earlyStart), day(t.earlyFinish), t.critical ? { text: 'Critical path', tone: 'amber' as const } : (task?.isMilestone ? 'Milestone' : '')];
    }) }];
}
