import { XMLBuilder } from 'fast-xml-parser';
import type { InterchangeRow, ProjectDocument } from '../../../shared/interchange/document';
import {
  LAG_FORMAT_DAYS, LAG_UNITS_PER_DAY, MSPDI_LINK_TYPE, daysToMspdiDuration, lagDaysToLinkLag,
} from '../../../shared/exports/mspdi-units';
import type { DependencyType } from '../../../shared/schemas/task';
import { escapeBidiInXml } from '../../../shared/text/bidi';
import type { ExportedFile } from './data-exports';
import { xmlChars } from './xml-chars';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';
const DAY_START = 'T08:00:00';
const DAY_FINISH = 'T17:00:00';
/**
 * MSPDI ConstraintType by the app's type and the end of the task it holds: 0 as soon as possible, 2 must start on,
 * 3 must finish on, 4 start no earlier than, 6 finish no earlier than.
 */
const CONSTRAINT_CODE: Record<string, { start: number; finish: number }> = {
  asap: { start: 0, finish: 0 }, fixed: { start: 2, finish: 3 }, snet: { start: 4, finish: 6 },
};
const FINISH_CONSTRAINTS = new Set([3, 6]);

const text = (value: unknown): string => (typeof value === 'string' ? xmlChars(value) : '');
const flag = (value: boolean): number => (value ? 1 : 0);

const rowsOf = (doc: ProjectDocument, table: string): InterchangeRow[] => doc.tables[table] ?? [];

/** Mon..Fri 08:00-12:00 and 13:00-17:00: the 8-hour day every duration and lag here is counted in. */
const WORKING_TIMES = { WorkingTime: [{ FromTime: '08:00:00', ToTime: '12:00:00' }, { FromTime: '13:00:00', ToTime: '17:00:00' }] };

function standardCalendar(doc: ProjectDocument): Record<string, unknown> {
  const calendarRow = rowsOf(doc, 'calendar')[0];
  const working = new Set(Array.isArray(calendarRow?.workingWeekdays) ? (calendarRow.workingWeekdays as number[]) : [1, 2, 3, 4, 5]);
  // MSPDI DayType 1 = Sunday ... 7 = Saturday; the app's weekdays are 0 = Sunday ... 6 = Saturday.
  const weekDays = [0, 1, 2, 3, 4, 5, 6].map((weekday) => (working.has(weekday)
    ? { DayType: weekday + 1, DayWorking: 1, WorkingTimes: WORKING_TIMES }
    : { DayType: weekday + 1, DayWorking: 0 }));
  const exceptions = rowsOf(doc, 'holiday')
    .filter((h) => typeof h.date === 'string')
    .sort((a, b) => String(a.date).localeCompare(String(b.date)))
    .map((h) => ({
      EnteredByOccurrences: 0,
      TimePeriod: { FromDate: `${String(h.date)}T00:00:00`, ToDate: `${String(h.date)}T23:59:00` },
      Occurrences: 1,
      Name: text(h.label) || 'Holiday',
      Type: 1,
      DayWorking: 0,
    }));
  return {
    UID: 1, Name: 'Standard', IsBaseCalendar: 1, BaseCalendarUID: -1,
    WeekDays: { WeekDay: weekDays },
    ...(exceptions.length > 0 ? { Exceptions: { Exception: exceptions } } : {}),
  };
}

/** The plan as MS Project XML: Standard calendar with holidays, tasks in outline order with links, resources, assignments. */
export function buildMspdi(doc: ProjectDocument): string {
  const project = rowsOf(doc, 'project')[0] ?? {};
  const schedule = doc.derived.schedule;
  const taskRows = new Map(rowsOf(doc, 'task').map((t) => [String(t.id), t]));
  const uidOf = new Map(schedule.tasks.map((t, index) => [t.id, index + 1]));
  const linksBySuccessor = new Map<string, InterchangeRow[]>();
  for (const link of rowsOf(doc, 'dependency')) {
    const list = linksBySuccessor.get(String(link.successorId)) ?? [];
    list.push(link);
    linksBySuccessor.set(String(link.successorId), list);
  }
  const members = rowsOf(doc, 'team_member');
  const resourceUid = new Map(members.map((m, index) => [String(m.id), index + 1]));
  const startDate = schedule.projectStart;

  const tasks = schedule.tasks.map((s) => {
    const row = taskRows.get(s.id) ?? {};
    const uid = uidOf.get(s.id) as number;
    const milestone = !s.isSummary && (row.isMilestone === true || s.durationDays === 0);
    const start = s.earlyStart ?? startDate;
    const finish = s.earlyFinish ?? start;
    const codes = typeof row.constraintType === 'string' ? CONSTRAINT_CODE[row.constraintType] : undefined;
    const constraint = codes ? (row.constraintAnchor === 'finish' ? codes.finish : codes.start) : 0;
    const links = (linksBySuccessor.get(s.id) ?? []).flatMap((link) => {
      const predecessorUid = uidOf.get(String(link.predecessorId));
      if (predecessorUid === undefined) return [];
      return [{
        PredecessorUID: predecessorUid,
        Type: MSPDI_LINK_TYPE[link.type as DependencyType] ?? MSPDI_LINK_TYPE.FS,
        CrossProject: 0,
        LinkLag: lagDaysToLinkLag(typeof link.lagDays === 'number' ? link.lagDays : 0),
        LagFormat: LAG_FORMAT_DAYS,
      }];
    });
    return {
      UID: uid,
      ID: uid,
      Name: text(row.name),
      Type: 1,
      IsNull: 0,
      WBS: s.wbs,
      OutlineNumber: s.wbs,
      OutlineLevel: s.wbs.split('.').length,
      Start: `${start}${milestone ? DAY_FINISH : DAY_START}`,
      Finish: `${finish}${DAY_FINISH}`,
      Duration: daysToMspdiDuration(milestone ? 0 : s.durationDays),
      DurationFormat: 7,
      Milestone: flag(milestone),
      Summary: flag(s.isSummary),
      Critical: flag(s.critical),
      ...(s.earlyStart && s.earlyFinish ? { EarlyStart: `${s.earlyStart}${DAY_START}`, EarlyFinish: `${s.earlyFinish}${DAY_FINISH}` } : {}),
      ...(s.lateStart && s.lateFinish ? { LateStart: `${s.lateStart}${DAY_START}`, LateFinish: `${s.lateFinish}${DAY_FINISH}` } : {}),
      ...(s.totalSlackDays !== null ? { TotalSlack: s.totalSlackDays * LAG_UNITS_PER_DAY } : {}),
      PercentComplete: s.percentComplete,
      ...(typeof row.actualStart === 'string' ? { ActualStart: `${row.actualStart}${DAY_START}` } : {}),
      ...(typeof row.actualFinish === 'string' ? { ActualFinish: `${row.actualFinish}${DAY_FINISH}` } : {}),
      ConstraintType: constraint,
      ...(constraint !== 0 && typeof row.constraintDate === 'string' ? { ConstraintDate: `${row.constraintDate}${FINISH_CONSTRAINTS.has(constraint) ? DAY_FINISH : DAY_START}` } : {}),
      ...(text(row.notes) ? { Notes: text(row.notes) } : {}),
      ...(links.length > 0 ? { PredecessorLink: links } : {}),
    };
  });

  const leafIds = new Set(schedule.tasks.filter((t) => !t.isSummary).map((t) => t.id));
  const assignments = schedule.tasks.flatMap((s) => {
    const owner = taskRows.get(s.id)?.ownerMemberId;
    const resource = typeof owner === 'string' ? resourceUid.get(owner) : undefined;
    return leafIds.has(s.id) && resource !== undefined ? [{ TaskUID: uidOf.get(s.id), ResourceUID: resource, Units: 1 }] : [];
  }).map((a, index) => ({ UID: index + 1, ...a }));

  const body = {
    SaveVersion: 14,
    Name: text(project.name),
    Title: text(project.name),
    Company: text(project.organisation),
    CreationDate: doc.exportedAt.slice(0, 19),
    ScheduleFromStart: 1,
    StartDate: `${startDate}${DAY_START}`,
    FinishDate: `${schedule.projectFinish}${DAY_FINISH}`,
    CurrencyCode: text(project.currency),
    CalendarUID: 1,
    DefaultStartTime: '08:00:00',
    DefaultFinishTime: '17:00:00',
    MinutesPerDay: 480,
    MinutesPerWeek: 2400,
    DaysPerMonth: 20,
    Calendars: { Calendar: [standardCalendar(doc)] },
    Tasks: { Task: tasks },
    ...(members.length > 0 ? { Resources: { Resource: members.map((m, index) => ({ UID: index + 1, ID: index + 1, Name: text(m.name), Type: 1 })) } } : {}),
    ...(assignments.length > 0 ? { Assignments: { Assignment: assignments } } : {}),
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, processEntities: true, suppressEmptyNode: false });
  const xml = builder.build({ Project: { '@_xmlns': MSPDI_NAMESPACE, ...body } }) as string;
  // Bidirectional controls as character references: a right-to-left override cannot reorder the file as source.
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${escapeBidiInXml(xml)}`;
}

export function exportMspdi(doc: ProjectDocument, base: string): ExportedFile {
  return { fileName: `${base}.xml`, mimeType: 'application/xml', bytes: new TextEncoder().encode(buildMspdi(doc)) };
}
