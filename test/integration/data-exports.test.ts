import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../shared/interchange/document';
import { exportData, type ExportedFile } from '../../electron/backend/exports/data-exports';
import { mspdiToDocument } from '../../electron/backend/exports/mspdi-import';
import { buildProjectDocument } from '../../electron/backend/interchange/project-document';
import { importProjectDocument } from '../../electron/backend/interchange/import-document';
import { openProjectFile, type ProjectFile } from '../../electron/backend/project-file/project-file';
import { startTestBackend, tempDir } from '../support/backend';
import { writeSampleProject } from '../support/sample-file';

const NOW = new Date('2027-03-01T09:00:00Z');
const FORMULA = '=HYPERLINK("http://x","y")';
const HTML = '<img src=x onerror=alert(1)>';
const CDATA_END = 'Notes with ]]> and & and "quotes"';
const COMM_MESSAGE = `${HTML}; with, commas\nand a second line`;

let dir: string;
let file: ProjectFile;
let doc: ProjectDocument;
const text = (f: ExportedFile) => new TextDecoder().decode(f.bytes);

beforeAll(() => {
  dir = tempDir('rollout-data-exports-');
  file = openProjectFile(writeSampleProject(dir));
  // Hostile names in the plan, and one link of each other type, as a person could have typed them.
  const leaves = file.db.prepare('SELECT id FROM task WHERE parent_id IS NOT NULL AND is_milestone = 0 ORDER BY rowid').all() as { id: string }[];
  file.db.prepare('UPDATE task SET name = ? WHERE id = ?').run(FORMULA, leaves[0]?.id);
  file.db.prepare('UPDATE task SET name = ?, notes = ? WHERE id = ?').run(HTML, CDATA_END, leaves[1]?.id);
  const links = file.db.prepare('SELECT id FROM dependency ORDER BY rowid').all() as { id: string }[];
  file.db.prepare("UPDATE dependency SET type = 'SS', lag_days = 2 WHERE id = ?").run(links[3]?.id);
  file.db.prepare("UPDATE dependency SET type = 'FF', lag_days = -1 WHERE id = ?").run(links[5]?.id);
  file.db.prepare('UPDATE comm_item SET message = ? WHERE rowid = (SELECT MIN(rowid) FROM comm_item)').run(COMM_MESSAGE);
  // One constraint of each kind on tasks that have not started, so the MS Project round trip carries them all.
  const unstarted = file.db.prepare('SELECT id FROM task WHERE parent_id IS NOT NULL AND is_milestone = 0 AND actual_start IS NULL ORDER BY rowid DESC LIMIT 4').all() as { id: string }[];
  const constrain = file.db.prepare('UPDATE task SET constraint_type = ?, constraint_anchor = ?, constraint_date = ? WHERE id = ?');
  constrain.run('snet', 'start', '2027-03-15', unstarted[0]?.id);
  constrain.run('snet', 'finish', '2027-06-30', unstarted[1]?.id);
  constrain.run('fixed', 'start', '2027-05-03', unstarted[2]?.id);
  constrain.run('fixed', 'finish', '2027-07-09', unstarted[3]?.id);
  doc = buildProjectDocument(file.db, NOW);
});

afterAll(() => file.close());

describe('XLSX export', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const [xlsx] = await exportData(file.db, 'xlsx', { now: NOW });
    expect(xlsx?.fileName).toBe('Northwind Insurance GenAI assistant rollout.xlsx');
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx?.bytes ?? new Uint8Array()) as unknown as ArrayBuffer);
  });

  it('has a Summary, a Schedule and one sheet per table, with short unique names', () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['Summary', 'Schedule']);
    expect(names).toHaveLength(2 + Object.keys(doc.tables).length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(names).toContain('Team members');
    expect(names).toContain('Criteria');
    expect(names).toContain('Dependencies');
  });

  it('writes one row per record under a bold, frozen, filtered header', () => {
    const tasks = workbook.getWorksheet('Tasks') as ExcelJS.Worksheet;
    expect(tasks.rowCount).toBe(1 + (doc.tables.task?.length ?? 0));
    expect(tasks.getRow(1).font?.bold).toBe(true);
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tasks.autoFilter).toBeTruthy();
    expect(tasks.getCell(1, 1).value).toBe('Id');
  });

  it('writes real dates, money in major units and booleans', () => {
    const holidays = workbook.getWorksheet('Holidays') as ExcelJS.Worksheet;
    const dateCell = holidays.getRow(2).getCell(2);
    expect(dateCell.value).toBeInstanceOf(Date);
    expect((dateCell.value as Date).toISOString().slice(0, 10)).toBe(doc.tables.holiday?.[0]?.date);
    expect(dateCell.numFmt).toBe('yyyy-mm-dd');

    const lines = workbook.getWorksheet('Cost lines') as ExcelJS.Worksheet;
    const header = (lines.getRow(1).values as unknown[]).map(String);
    const unitCost = lines.getRow(2).getCell(header.indexOf('Unit cost'));
    expect(typeof unitCost.value).toBe('number');
    expect(unitCost.value).toBe((doc.tables.cost_line?.[0]?.unitCost as number) / 100);
    expect(unitCost.numFmt).toBe('#,##0.00');

    const members = workbook.getWorksheet('Team members') as ExcelJS.Worksheet;
    const memberHeader = (members.getRow(1).values as unknown[]).map(String);
    expect(typeof members.getRow(2).getCell(memberHeader.indexOf('Availability')).value).toBe('number');
    expect(members.getRow(2).getCell(memberHeader.indexOf('Decision rights')).value).toBe('approve_vendor, approve_budget, go_no_go');

    const functions = workbook.getWorksheet('Team functions') as ExcelJS.Worksheet;
    expect(typeof functions.getRow(2).getCell(3).value).toBe('boolean');
  });

  it('neutralises a formula-looking task name and writes no formula anywhere', () => {
    const tasks = workbook.getWorksheet('Tasks') as ExcelJS.Worksheet;
    const names = tasks.getColumn(4).values as unknown[];
    expect(names).toContain(`'${FORMULA}`);
    expect(names).not.toContain(FORMULA);
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });

  it('has the schedule with late dates, slack and the critical flag', () => {
    const schedule = workbook.getWorksheet('Schedule') as ExcelJS.Worksheet;
    expect((schedule.getRow(1).values as unknown[]).slice(1, 10)).toEqual(['WBS', 'Task', 'Start', 'Finish', 'Duration (working days)', 'Late start', 'Late finish', 'Slack (working days)', 'Critical']);
    expect(schedule.rowCount).toBe(1 + doc.derived.schedule.tasks.length);
    expect(schedule.getCell(3, 3).value).toBeInstanceOf(Date);
    expect(typeof schedule.getCell(3, 9).value).toBe('boolean');
  });
});

describe('CSV export', () => {
  let files: ExportedFile[];
  beforeAll(async () => {
    files = await exportData(file.db, 'csv', { now: NOW });
  });

  it('writes one file per table: BOM, CRLF, a header of field names, one line per row', () => {
    expect(files).toHaveLength(Object.keys(doc.tables).length);
    const tasks = files.find((f) => f.fileName.endsWith(' - task.csv')) as ExportedFile;
    expect([...tasks.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = text(tasks).replace(/^\uFEFF/, '');
    expect(body.endsWith('\r\n')).toBe(true);
    const header = body.split('\r\n')[0];
    expect(header).toBe(Object.keys(doc.tables.task?.[0] ?? {}).join(','));
    // Notes may hold line breaks inside quotes; count records by the id at the start of each line instead.
    const ids = (doc.tables.task ?? []).map((t) => String(t.id));
    expect(ids.every((id) => body.includes(`\r\n${id},`))).toBe(true);
  });

  it('counts rows of a table without multi-line text exactly', () => {
    const holidays = files.find((f) => f.fileName.endsWith(' - holiday.csv')) as ExportedFile;
    const lines = text(holidays).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + (doc.tables.holiday?.length ?? 0));
    expect(lines[1]).toMatch(/^[0-9a-f-]{36},\d{4}-\d{2}-\d{2},/);
  });

  it('quotes per RFC 4180 and neutralises formula-looking text', () => {
    const tasks = text(files.find((f) => f.fileName.endsWith(' - task.csv')) as ExportedFile);
    expect(tasks).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(tasks).not.toMatch(/,=HYPERLINK/);
    const lines = text(files.find((f) => f.fileName.endsWith(' - cost_line.csv')) as ExportedFile);
    expect(lines).toMatch(/,6500\.00,/);
  });
});

describe('MS Project XML export', () => {
  let xml: string;
  let project: Record<string, unknown>;
  beforeAll(async () => {
    const [mspdi] = await exportData(file.db, 'mspdi', { now: NOW });
    xml = text(mspdi as ExportedFile);
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['Task', 'PredecessorLink', 'WeekDay', 'Exception', 'Resource', 'Assignment'].includes(name) }).parse(xml) as Record<string, unknown>;
    project = parsed.Project as Record<string, unknown>;
  });

  it('is an MSPDI project with the Standard calendar, tasks, resources and assignments', () => {
    expect(project['@_xmlns']).toBe('http://schemas.microsoft.com/project');
    expect(project.Name).toBe('Northwind Insurance: GenAI assistant rollout');
    expect(project.StartDate).toBe(`${doc.derived.schedule.projectStart}T08:00:00`);
    expect(project.CalendarUID).toBe('1');
    const calendar = (project.Calendars as { Calendar: Record<string, unknown> }).Calendar;
    expect(calendar.Name).toBe('Standard');
    const weekDays = (calendar.WeekDays as { WeekDay: { DayType: string; DayWorking: string }[] }).WeekDay;
    expect(weekDays.map((d) => d.DayWorking).join('')).toBe('0111110');
    const exceptions = (calendar.Exceptions as { Exception: { TimePeriod: { FromDate: string } }[] }).Exception;
    expect(exceptions.map((e) => e.TimePeriod.FromDate.slice(0, 10))).toEqual((doc.tables.holiday ?? []).map((h) => h.date).sort());
    const tasks = (project.Tasks as { Task: Record<string, unknown>[] }).Task;
    expect(tasks).toHaveLength(doc.tables.task?.length ?? 0);
    const resources = (project.Resources as { Resource: unknown[] }).Resource;
    expect(resources).toHaveLength(doc.tables.team_member?.length ?? 0);
    const owned = (doc.tables.task ?? []).filter((t) => typeof t.ownerMemberId === 'string' && doc.derived.schedule.tasks.some((s) => s.id === t.id && !s.isSummary));
    expect(((project.Assignments as { Assignment?: unknown[] } | undefined)?.Assignment ?? []).length).toBe(owned.length);
  });

  it('writes durations in hours, milestones, outline and links with MSPDI types and lags in tenths of minutes', () => {
    const tasks = (project.Tasks as { Task: Record<string, unknown>[] }).Task;
    const first = doc.derived.schedule.tasks.find((t) => !t.isSummary && t.durationDays > 0);
    const row = tasks.find((t) => t.WBS === first?.wbs) as Record<string, unknown>;
    expect(row.Duration).toBe(`PT${(first?.durationDays ?? 0) * 8}H0M0S`);
    expect(row.OutlineLevel).toBe(String(first?.wbs.split('.').length));
    expect(row.Start).toBe(`${first?.earlyStart}T08:00:00`);
    expect(row.Finish).toBe(`${first?.earlyFinish}T17:00:00`);
    expect(tasks.filter((t) => t.Milestone === '1').length).toBe(doc.derived.schedule.tasks.filter((t) => !t.isSummary && t.durationDays === 0).length);
    const links = tasks.flatMap((t) => (t.PredecessorLink as Record<string, string>[] | undefined) ?? []);
    expect(links).toHaveLength(doc.tables.dependency?.length ?? 0);
    expect(links).toContainEqual(expect.objectContaining({ Type: '3', LinkLag: '9600', LagFormat: '7' }));
    expect(links).toContainEqual(expect.objectContaining({ Type: '0', LinkLag: '-4800' }));
    expect(tasks.map((t) => t.ConstraintType).filter((c) => c !== '0').sort()).toEqual(['2', '3', '4', '6']);
    expect(tasks.find((t) => t.ConstraintType === '6')?.ConstraintDate).toBe('2027-06-30T17:00:00');
    const started = (doc.tables.task ?? []).filter((t) => typeof t.actualStart === 'string');
    expect(started.length).toBeGreaterThan(0);
    expect(tasks.filter((t) => t.ActualStart !== undefined)).toHaveLength(started.length);
  });

  it('escapes hostile names and notes', () => {
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain(']]>');
    const tasks = (project.Tasks as { Task: Record<string, unknown>[] }).Task;
    expect(tasks.map((t) => t.Name)).toContain(HTML);
    expect(tasks.map((t) => t.Notes)).toContain(CDATA_END);
  });

  it('round-trips through the MSPDI import: hierarchy, durations, milestones, links, calendar', () => {
    const back = mspdiToDocument(xml, NOW);
    const outline = (d: ProjectDocument) => {
      const rows = d.tables.task ?? [];
      const byId = new Map(rows.map((t) => [t.id, t]));
      return rows.map((t) => ({
        name: t.name, parent: t.parentId ? byId.get(String(t.parentId))?.name : null,
        days: d === doc && doc.derived.schedule.tasks.find((s) => s.id === t.id)?.isSummary ? 0 : t.durationDays,
        milestone: t.isMilestone || (t.durationDays === 0 && t.parentId !== null),
      }));
    };
    const sortByName = <T extends { name: unknown }>(list: T[]) => [...list].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    expect(sortByName(outline(back))).toEqual(sortByName(outline(doc)));
    const links = (d: ProjectDocument) => {
      const names = new Map((d.tables.task ?? []).map((t) => [t.id, t.name]));
      return (d.tables.dependency ?? []).map((l) => `${String(names.get(String(l.predecessorId)))} ${String(l.type)}${Number(l.lagDays)} ${String(names.get(String(l.successorId)))}`).sort();
    };
    expect(links(back)).toEqual(links(doc));
    expect(back.tables.holiday?.map((h) => [h.date, h.label])).toEqual([...(doc.tables.holiday ?? [])].sort((a, b) => String(a.date).localeCompare(String(b.date))).map((h) => [h.date, h.label]));
    expect(back.tables.calendar?.[0]?.workingWeekdays).toEqual([1, 2, 3, 4, 5]);
    expect(back.tables.project?.[0]).toMatchObject({ name: 'Northwind Insurance: GenAI assistant rollout', plannedStart: doc.derived.schedule.projectStart, currency: 'EUR' });
  });

  it('imports into a new project file that opens and schedules', () => {
    const back = mspdiToDocument(xml, NOW);
    const out = path.join(dir, 'from-mspdi.rollout');
    const result = importProjectDocument(back, out, { sourceName: 'plan.xml' });
    expect(result.counts.task).toBe(doc.tables.task?.length);
    expect(result.counts.dependency).toBe(doc.tables.dependency?.length);
    const imported = openProjectFile(out);
    try {
      const again = buildProjectDocument(imported.db, NOW);
      expect(again.derived.schedule.tasks).toHaveLength(doc.derived.schedule.tasks.length);
      // Every task's computed dates, its actual dates and its constraint come back as they were, by WBS.
      const dates = (d: ProjectDocument) => {
        const rows = new Map((d.tables.task ?? []).map((t) => [t.id, t]));
        return d.derived.schedule.tasks.map((s) => {
          const row = rows.get(s.id) ?? {};
          const constraint = row.constraintType === 'asap' ? 'asap' : `${String(row.constraintType)}/${String(row.constraintAnchor ?? 'start')} ${String(row.constraintDate)}`;
          return `${s.wbs} ${String(row.name)}: ${s.earlyStart}..${s.earlyFinish} late ${s.lateStart}..${s.lateFinish} actual ${String(row.actualStart)}..${String(row.actualFinish)} ${constraint} ${s.percentComplete}%`;
        });
      };
      expect(dates(again)).toEqual(dates(doc));
      expect(again.derived.schedule.projectFinish).toBe(doc.derived.schedule.projectFinish);
      expect(again.derived.schedule.criticalPath.length).toBe(doc.derived.schedule.criticalPath.length);
    } finally {
      imported.close();
    }
  });
});

describe('iCalendar export', () => {
  it('holds one event per milestone, wave, gate decision, training session and communication', async () => {
    const [ics] = await exportData(file.db, 'ics', { now: NOW });
    const calendar = new ICAL.Component(ICAL.parse(text(ics as ExportedFile)) as ConstructorParameters<typeof ICAL.Component>[0]);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Rollout Planner//Data export//EN');
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const milestones = doc.derived.schedule.tasks.filter((t) => !t.isSummary && t.durationDays === 0).length;
    const waves = (doc.tables.wave ?? []).filter((w) => w.startDate).length;
    const expected = milestones + waves + (doc.tables.gate_decision?.length ?? 0) + (doc.tables.training_session?.length ?? 0) + (doc.tables.comm_item?.length ?? 0);
    expect(events).toHaveLength(expected);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const event of events) expect(event.uid).toMatch(/^[0-9a-z-]+@rollout-planner$/);

    const session = doc.tables.training_session?.[0] as Record<string, string>;
    const timed = events.find((e) => e.uid === `${session.id}@rollout-planner`) as ICAL.Event;
    expect(timed.startDate.isDate).toBe(false);
    expect(timed.startDate.toString()).toBe(`${session.date}T${session.time}:00`);
    expect(timed.location).toBe(session.location);
    const comm = events.find((e) => e.uid === `${String(doc.tables.comm_item?.[0]?.id)}@rollout-planner`) as ICAL.Event;
    expect(comm.description.split('\n').slice(0, 2).join('\n')).toBe(COMM_MESSAGE);
    expect(text(ics as ExportedFile).replace(/\r\n[ \t]/g, '')).toContain('\\; with\\, commas\\nand a second line');
    const milestone = events.find((e) => e.summary.startsWith('Milestone: ')) as ICAL.Event;
    expect(milestone.startDate.isDate).toBe(true);
    expect(calendar.getAllSubcomponents('vevent')[0]?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2027-03-01T09:00:00Z');
  });
});

describe('exports.data through the API', () => {
  it('answers base64 files; CSV tables come as one zip', async () => {
    const backend = startTestBackend();
    try {
      await backend.invoke('project.openSample', {});
      const xlsx = await backend.invoke('exports.data', { format: 'xlsx' });
      expect(xlsx.fileName).toMatch(/\.xlsx$/);
      expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
      const csv = await backend.invoke('exports.data', { format: 'csv' });
      expect(csv.fileName).toMatch(/tables \(CSV\)\.zip$/);
      const entries = unzipSync(new Uint8Array(Buffer.from(csv.base64, 'base64')));
      expect(Object.keys(entries).length).toBeGreaterThan(40);
      const refused = await backend.raw('exports.data', { format: 'pdf' });
      expect(refused.ok).toBe(false);
    } finally {
      backend.close();
    }
  });
});

describe('MS Project XML import refusals name the offending path', () => {
  const task = (uid: number, extra = '') => `<Task><UID>${uid}</UID><Name>T${uid}</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>${extra}</Task>`;
  const plan = (tasks: string, extra = '') => `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Name>P</Name><StartDate>2027-01-04T08:00:00</StartDate>${extra}<Tasks>${tasks}</Tasks></Project>`;
  const link = (uid: number, type = 1) => `<PredecessorLink><PredecessorUID>${uid}</PredecessorUID><Type>${type}</Type></PredecessorLink>`;

  function refusal(xml: string): string[] {
    try {
      mspdiToDocument(xml, NOW);
    } catch (error) {
      const issues = (error as { code?: string; issues?: { path: (string | number)[]; message: string }[] }).issues ?? [];
      expect((error as { code?: string }).code).toBe('VALIDATION');
      return issues.map((i) => `${i.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '') || '(document)'}: ${i.message}`);
    }
    throw new Error('the file was accepted');
  }

  it('accepts a small flat plan and puts loose top-level tasks under one phase', () => {
    const back = mspdiToDocument(plan(task(1) + task(2, link(1))), NOW);
    expect(back.tables.task?.map((t) => t.name)).toEqual(['Imported tasks', 'T1', 'T2']);
    expect(back.tables.task?.[1]?.parentId).toBe(back.tables.task?.[0]?.id);
    expect(back.tables.dependency).toHaveLength(1);
    expect(back.tables.project?.[0]).toMatchObject({ plannedStart: '2027-01-04', targetGoLive: '2027-04-04', currency: 'EUR' });
  });

  it('refuses what is not XML, has no Project, or declares a DOCTYPE or entities', () => {
    expect(refusal('{"not": "xml"}')).toEqual(['(document): this is not an XML file.']);
    expect(refusal('<Project><Name>x</Project>')[0]).toMatch(/^\(document\): this is not well-formed XML/);
    expect(refusal('<Plan><Tasks/></Plan>')[0]).toMatch(/^Project: it has no Project element/);
    const xxe = '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project><Name>&x;</Name></Project>';
    expect(refusal(xxe)[0]).toMatch(/^DOCTYPE: /);
    expect(refusal('<Project><!ENTITY a "b"><Name>x</Name></Project>')[0]).toMatch(/^DOCTYPE: /);
  });

  it('refuses files that are too large, too deep or have too many tasks', () => {
    expect(refusal(`<Project><Notes>${'x'.repeat(20 * 1024 * 1024)}</Notes></Project>`)[0]).toMatch(/^\(document\): the file is larger than 20 MB/);
    expect(refusal(`<Project>${'<a>'.repeat(200)}${'</a>'.repeat(200)}</Project>`)[0]).toMatch(/^\(document\): elements are nested more than 64 levels deep/);
    const many = Array.from({ length: 20_001 }, (_, i) => `<Task><UID>${i + 1}</UID></Task>`).join('');
    expect(refusal(plan(many))[0]).toMatch(/^Tasks\.Task: it has 20,001 tasks/);
  });

  it('refuses bad durations, unknown predecessors, bad link types and loops, each at its path', () => {
    expect(refusal(plan(task(1) + '<Task><UID>2</UID><Name>T2</Name><Duration>soon</Duration></Task>'))).toEqual(['Tasks.Task[1].Duration: "soon" is not a duration such as PT24H0M0S']);
    expect(refusal(plan(task(1) + task(2, link(99))))).toEqual(['Tasks.Task[1].PredecessorLink[0].PredecessorUID: No task has UID 99']);
    expect(refusal(plan(task(1) + task(2, link(1, 7))))).toEqual(['Tasks.Task[1].PredecessorLink[0].Type: The link type must be 0 (FF), 1 (FS), 2 (SF) or 3 (SS)']);
    expect(refusal(plan(`<Task><Name>no uid</Name></Task>`))).toEqual(['Tasks.Task[0].UID: Every task needs a whole-number UID']);
    const loop = refusal(plan(task(1, link(3)) + task(2, link(1)) + task(3, link(2))));
    expect(loop).toHaveLength(1);
    expect(loop[0]).toMatch(/^Tasks\.Task\[\d\]\.PredecessorLink\[0\]: The dependencies go round in a loop: "T\d" → "T\d" → "T\d" → "T\d"$/);
  });

  it('refuses a calendar exception of more than a year and a week without working days', () => {
    const calendar = (body: string) => `<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Standard</Name>${body}</Calendar></Calendars>`;
    const longException = calendar('<Exceptions><Exception><TimePeriod><FromDate>2027-01-01T00:00:00</FromDate><ToDate>2029-01-01T23:59:00</ToDate></TimePeriod><Type>1</Type><DayWorking>0</DayWorking></Exception></Exceptions>');
    expect(refusal(plan(task(1), longException))).toEqual(['Calendars.Calendar[0].Exceptions.Exception[0].TimePeriod: The exception spans 732 days; at most 366 days are imported as holidays']);
    const noWork = calendar(`<WeekDays>${[1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>0</DayWorking></WeekDay>`).join('')}</WeekDays>`);
    expect(refusal(plan(task(1), noWork))).toEqual(['Calendars.Calendar[0].WeekDays: The calendar has no working day in the week']);
  });
});
