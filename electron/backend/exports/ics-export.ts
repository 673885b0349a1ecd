import ICAL from 'ical.js';
import type { InterchangeRow, ProjectDocument } from '../../../shared/interchange/document';
import type { ExportedFile } from './data-exports';

export const ICS_PRODID = '-//Rollout Planner//Data export//EN';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

interface PlannedEvent {
  uid: string;
  summary: string;
  description: string;
  /** All-day from this date (YYYY-MM-DD) ... */
  date: string;
  /** ... to this date inclusive; or, with `time`, a timed event of `minutes`. */
  lastDate?: string;
  time?: string;
  minutes?: number;
  location?: string;
  category: string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const rowsOf = (doc: ProjectDocument, table: string): InterchangeRow[] => doc.tables[table] ?? [];
const byId = (rows: InterchangeRow[]) => new Map(rows.map((r) => [String(r.id), r]));
const lines = (...parts: (string | false | null | undefined)[]) => parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');

function milestoneEvents(doc: ProjectDocument): PlannedEvent[] {
  const tasks = byId(rowsOf(doc, 'task'));
  return doc.derived.schedule.tasks
    .filter((t) => !t.isSummary && t.durationDays === 0 && t.earlyFinish !== null)
    .map((t) => ({
      uid: `${t.id}@rollout-planner`,
      summary: `Milestone: ${str(tasks.get(t.id)?.name)}`,
      description: lines(`WBS ${t.wbs}`, t.critical ? 'On the critical path.' : null, str(tasks.get(t.id)?.notes)),
      date: t.earlyFinish as string,
      category: 'Milestone',
    }));
}

function deploymentEvents(doc: ProjectDocument): PlannedEvent[] {
  const waves = rowsOf(doc, 'wave');
  const waveById = byId(waves);
  const criteria = rowsOf(doc, 'gate_criterion');
  const waveEvents = waves.filter((w) => DATE.test(str(w.startDate))).map((w) => {
    const mine = criteria.filter((c) => c.waveId === w.id);
    const met = mine.filter((c) => c.met === true).length;
    return {
      uid: `${String(w.id)}@rollout-planner`,
      summary: `Deployment wave: ${str(w.name)}`,
      description: lines(
        typeof w.headcount === 'number' ? `${w.headcount} people` : null,
        str(w.audiences),
        mine.length > 0 ? `Gate criteria met: ${met} of ${mine.length}` : null,
        str(w.entryCriteria) && `Entry criteria: ${str(w.entryCriteria)}`,
      ),
      date: str(w.startDate),
      lastDate: DATE.test(str(w.endDate)) && str(w.endDate) >= str(w.startDate) ? str(w.endDate) : str(w.startDate),
      category: 'Deployment wave',
    };
  });
  const gateEvents = rowsOf(doc, 'gate_decision').filter((g) => DATE.test(str(g.decidedOn))).map((g) => ({
    uid: `${String(g.id)}@rollout-planner`,
    summary: `Gate decision: ${g.outcome === 'go' ? 'Go' : 'No go'} for ${str(waveById.get(String(g.waveId))?.name) || 'a wave'}`,
    description: lines(str(g.rationale), `Recorded by ${str(g.recordedBy)}`),
    date: str(g.decidedOn),
    category: 'Gate decision',
  }));
  return [...waveEvents, ...gateEvents];
}

function trainingEvents(doc: ProjectDocument): PlannedEvent[] {
  const modules = byId(rowsOf(doc, 'training_module'));
  return rowsOf(doc, 'training_session').filter((s) => DATE.test(str(s.date))).map((s) => {
    const module = modules.get(String(s.moduleId));
    const minutes = typeof module?.durationMinutes === 'number' && module.durationMinutes > 0 ? module.durationMinutes : 60;
    return {
      uid: `${String(s.id)}@rollout-planner`,
      summary: `Training: ${str(module?.title) || 'session'}`,
      description: lines(str(s.trainer) && `Trainer: ${str(s.trainer)}`, typeof s.capacity === 'number' ? `Capacity: ${s.capacity}` : null),
      date: str(s.date),
      ...(TIME.test(str(s.time)) ? { time: str(s.time), minutes } : {}),
      ...(str(s.location) ? { location: str(s.location) } : {}),
      category: 'Training session',
    };
  });
}

function communicationEvents(doc: ProjectDocument): PlannedEvent[] {
  const groups = byId(rowsOf(doc, 'stakeholder_group'));
  return rowsOf(doc, 'comm_item').filter((c) => DATE.test(str(c.plannedDate))).map((c) => ({
    uid: `${String(c.id)}@rollout-planner`,
    summary: `Communication (${str(c.channel)}) to ${str(groups.get(String(c.groupId))?.name) || 'stakeholders'}`,
    description: lines(str(c.message), str(c.owner) && `Owner: ${str(c.owner)}`, `Status: ${str(c.status)}`),
    date: str(c.plannedDate),
    category: 'Communication',
  }));
}

/** Every dated event of the project, in the order a reader meets them in the app. */
export function plannedEvents(doc: ProjectDocument): PlannedEvent[] {
  return [...milestoneEvents(doc), ...deploymentEvents(doc), ...trainingEvents(doc), ...communicationEvents(doc)];
}

function dateValue(iso: string, addDays = 0): ICAL.Time {
  const time = ICAL.Time.fromDateString(iso);
  if (addDays !== 0) time.adjust(addDays, 0, 0, 0);
  return time;
}

function vevent(event: PlannedEvent, stamp: ICAL.Time): ICAL.Component {
  const component = new ICAL.Component('vevent');
  component.updatePropertyWithValue('uid', event.uid);
  component.updatePropertyWithValue('dtstamp', stamp);
  if (event.time) {
    // Floating local time: the session is at 09:00 wherever the reader's calendar is.
    const start = ICAL.Time.fromDateTimeString(`${event.date}T${event.time}:00`);
    const end = start.clone();
    end.adjust(0, 0, event.minutes ?? 60, 0);
    component.updatePropertyWithValue('dtstart', start);
    component.updatePropertyWithValue('dtend', end);
  } else {
    component.updatePropertyWithValue('dtstart', dateValue(event.date));
    component.updatePropertyWithValue('dtend', dateValue(event.lastDate ?? event.date, 1));
    component.updatePropertyWithValue('transp', 'TRANSPARENT');
  }
  component.updatePropertyWithValue('summary', event.summary);
  if (event.description) component.updatePropertyWithValue('description', event.description);
  if (event.location) component.updatePropertyWithValue('location', event.location);
  component.updatePropertyWithValue('categories', event.category);
  return component;
}

/** One VCALENDAR with the project's milestones, waves and gate decisions, training sessions and communications. */
export function buildIcs(doc: ProjectDocument, now: Date): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', ICS_PRODID);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');
  calendar.updatePropertyWithValue('x-wr-calname', str(rowsOf(doc, 'project')[0]?.name) || 'Rollout plan');
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const event of plannedEvents(doc)) calendar.addSubcomponent(vevent(event, stamp));
  // RFC 5545 ends every content line with CRLF, the last one too; ical.js leaves it off.
  return `${calendar.toString()}\r\n`;
}

export function exportIcs(doc: ProjectDocument, base: string, now: Date): ExportedFile {
  return { fileName: `${base}.ics`, mimeType: 'text/calendar;charset=utf-8', bytes: new TextEncoder().encode(buildIcs(doc, now)) };
}
