import type { ProjectDocument } from '../../interchange/document';
import { HORIZON_LABELS, PRIORITY_LABELS, REQUIREMENT_STATUS_LABELS, type Horizon } from '../../schemas/requirements';
import type { Task } from '../../schemas/task';
import { RACI_ITEMS, TEAM_ROLE_LABELS, raciItemLabel, type Member, type RaciItem } from '../../schemas/team';
import { stepByKey } from '../../steps';
import { ganttPhases } from '../charts/gantt-phases';
import { byId, rows, sorted } from '../doc';
import { day, integer, isoDay } from '../format';
import type { Block, Cell } from '../model';
import { moreRows, SUMMARY_ROWS } from './limits';

/**
 * Milestones in date order; a long list keeps the first `limit` not yet reached (the overdue ones, then the next
 * ones), topped up with the latest reached, and says how many there are of each.
 */
export function milestoneBlocks(doc: ProjectDocument, now: Date, limit = SUMMARY_ROWS): Block[] {
  const tasks = rows<Task>(doc, 'task');
  const scheduled = new Map(doc.derived.schedule.tasks.map((t) => [t.id, t]));
  const milestones = tasks.filter((t) => t.isMilestone).map((t) => ({ task: t, at: scheduled.get(t.id) }))
    .sort((a, b) => (a.at?.earlyStart ?? '').localeCompare(b.at?.earlyStart ?? ''));
  const phases = sorted(tasks.filter((t) => t.parentId === null)).flatMap((t) => {
    const s = scheduled.get(t.id);
    return s?.earlyStart && s.earlyFinish ? [{ label: t.name, start: s.earlyStart, finish: s.earlyFinish, percentComplete: s.percentComplete, critical: false }] : [];
  });
  const chart = ganttPhases({
    phases, title: 'Phases of the plan with their share done, and the milestones', today: isoDay(now),
    milestones: milestones.flatMap((m) => (m.at?.earlyStart ? [{ label: m.task.name, date: m.at.earlyStart }] : [])),
  });
  const today = isoDay(now);
  const reached = (m: (typeof milestones)[number]) => (m.at?.percentComplete ?? 0) >= 100;
  let shown = milestones;
  if (milestones.length > limit) {
    const open = milestones.filter((m) => !reached(m)).slice(0, limit);
    const room = limit - open.length;
    const latestReached = room > 0 ? milestones.filter(reached).slice(-room) : [];
    const keep = new Set([...open, ...latestReached]);
    shown = milestones.filter((m) => keep.has(m));
  }
  const reachedCount = milestones.filter(reached).length;
  const overdueCount = milestones.filter((m) => !reached(m) && m.at?.earlyStart && m.at.earlyStart < today).length;
  return [
    { kind: 'keyValues', items: [
      { key: 'Scheduled start', value: day(doc.derived.schedule.projectStart) },
      { key: 'Scheduled finish', value: day(doc.derived.schedule.projectFinish) },
      { key: 'Tasks on the critical path', value: String(doc.derived.schedule.criticalPath.length) },
    ] },
    ...(chart ? [{ kind: 'chart' as const, caption: 'Phases: the darker part of each bar is done; diamonds are milestones; the dashed line is today.', svg: chart }] : []),
    { kind: 'table', caption: shown.length < milestones.length
      ? `Milestones: ${shown.length} of ${integer(milestones.length)}, ${shown.some(reached) ? 'the latest reached and ' : ''}the first not yet reached`
      : 'Milestones',
      header: ['Milestone', 'Date', 'Status'], empty: 'No milestones in the plan yet.',
      rows: shown.map((m) => {
        const date = m.at?.earlyStart ?? null;
        const done = (m.at?.percentComplete ?? 0) >= 100;
        const status: Cell = done ? { text: 'Reached', tone: 'green' } : date && date < today ? { text: 'Overdue', tone: 'red' } : m.at?.critical ? { text: 'Critical path', tone: 'amber' } : { text: 'Upcoming', tone: 'grey' };
        return [m.task.name, day(date), status];
      }) },
    ...moreRows(milestones.length, shown.length, 'milestones',
      `${integer(milestones.length)} in all, ${integer(reachedCount)} reached, ${integer(overdueCount)} overdue and ${integer(milestones.length - reachedCount - overdueCount)} to come; the timeline shows every one`),
  ];
}

export function teamBlocks(doc: ProjectDocument): Block[] {
  const members = sorted(rows<Member>(doc, 'team_member'));
  const functions = byId(rows<{ id: string; name: string }>(doc, 'team_function'));
  const raci = rows<{ memberId: string; item: RaciItem; role: string }>(doc, 'raci_assignment');
  const items = RACI_ITEMS.filter((item) => raci.some((r) => r.item === item));
  const initials = (name: string) => name.split(/\s+/).map((p) => p[0] ?? '').join('').slice(0, 3).toUpperCase();
  return [
    { kind: 'table', caption: 'Team', header: ['Name', 'Function', 'Role', 'Availability'], numericColumns: [3], empty: 'No team members yet.',
      rows: members.map((m) => [m.name, functions.get(m.functionId ?? '')?.name ?? '–', TEAM_ROLE_LABELS[m.role], `${m.availability}%`]) },
    { kind: 'table', caption: 'RACI: who is Responsible, Accountable, Consulted and Informed', header: ['Step or decision', ...members.map((m) => initials(m.name))],
      empty: 'No RACI assignments yet.',
      rows: items.map((item) => [raciItemLabel(item, (k) => stepByKey(k).title), ...members.map((m) => raci.filter((r) => r.memberId === m.id && r.item === item).map((r) => r.role).join(''))]) },
    ...(members.length > 0 ? [{ kind: 'paragraph' as const, muted: true, text: `Columns: ${members.map((m) => `${initials(m.name)} = ${m.name}`).join('; ')}.` }] : []),
  ];
}

/** Requirements per horizon; a long horizon shows its first `limit` by priority (must-haves first). */
export function requirementBlocks(doc: ProjectDocument, limit = SUMMARY_ROWS): Block[] {
  const requirements = sorted(rows<{ code: string; title: string; horizon: Horizon; priority: keyof typeof PRIORITY_LABELS; status: keyof typeof REQUIREMENT_STATUS_LABELS; sortOrder: number }>(doc, 'requirement'));
  if (requirements.length === 0) return [{ kind: 'paragraph', text: 'No requirements recorded yet.', muted: true }];
  const priority = Object.keys(PRIORITY_LABELS);
  return (Object.keys(HORIZON_LABELS) as Horizon[]).flatMap((h): Block[] => {
    const list = requirements.filter((r) => r.horizon === h);
    const shown = list.length > limit ? [...list].sort((a, b) => priority.indexOf(a.priority) - priority.indexOf(b.priority)).slice(0, limit) : list;
    return list.length === 0 ? [] : [{ kind: 'table' as const, caption: `${HORIZON_LABELS[h]} (${list.length}${shown.length < list.length ? ', highest priority first' : ''})`, header: ['Code', 'Requirement', 'Priority', 'Status'],
      rows: shown.map((r) => [r.code, r.title, PRIORITY_LABELS[r.priority], { text: REQUIREMENT_STATUS_LABELS[r.status], tone: r.status === 'met' || r.status === 'agreed' ? 'green' as const : r.status === 'dropped' ? 'red' as const : 'grey' as const }]) },
    ...moreRows(list.length, shown.length, `${HORIZON_LABELS[h].toLowerCase()} requirements`, 'the requirements step lists them all')];
  });
}
