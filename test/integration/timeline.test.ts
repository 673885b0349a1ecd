import { afterEach, describe, expect, it } from 'vitest';
import type { Task } from '../../shared/schemas/task';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

async function withProject(fields = SAMPLE_FIELDS) {
  const api = startTestBackend();
  backends.push(api);
  const opened = await api.invoke('project.create', { fields, template: 'ten-step' });
  return Object.assign(api, { filePath: opened.path });
}

async function taskNamed(api: TestBackend, name: string): Promise<Task> {
  const found = (await api.invoke('tasks.list', {})).tasks.find((t) => t.name === name);
  if (!found) throw new Error(`no task ${name}`);
  return found;
}

async function scheduled(api: TestBackend, id: string, baselineId: string | null = null) {
  const found = (await api.invoke('schedule.get', { baselineId })).tasks.find((t) => t.id === id);
  if (!found) throw new Error(`not scheduled ${id}`);
  return found;
}

describe('the schedule of a new project', () => {
  it('starts on the planned start, rolls phases up and finishes when the last task does', async () => {
    const api = await withProject();
    const schedule = await api.invoke('schedule.get', {});
    const sponsor = await taskNamed(api, 'Confirm executive sponsor and mandate');
    expect(await scheduled(api, sponsor.id)).toMatchObject({ start: '2027-01-04', finish: '2027-01-06', critical: true, totalSlackDays: 0 });
    const phase = schedule.tasks[0];
    expect(phase).toMatchObject({ isSummary: true, start: '2027-01-04' });
    expect(schedule.projectFinish > '2027-06-01').toBe(true);
    expect(schedule.tasks.filter((t) => !t.isSummary && t.finish === schedule.projectFinish).every((t) => t.critical)).toBe(true);
  });
});

describe('a cascading move', () => {
  it('moves the successors with a drag, undoes it in one step and keeps it after a reopen', async () => {
    const api = await withProject();
    const phase = (await api.invoke('tasks.list', {})).tasks.find((t) => t.parentId === null) as Task;
    const first = (await api.invoke('tasks.create', { parentId: phase.id, name: 'Draft charter', durationDays: 3 })).value;
    const second = (await api.invoke('tasks.create', { parentId: phase.id, name: 'Review charter', durationDays: 2 })).value;
    await api.invoke('dependencies.add', { predecessorId: first.id, successorId: second.id, type: 'FS', lagDays: 1 });
    expect(await scheduled(api, second.id)).toMatchObject({ start: '2027-01-08', finish: '2027-01-11' });

    const auditBefore = (await api.invoke('audit.list', { limit: 1000 })).length;
    const moved = await api.invoke('tasks.reschedule', { id: first.id, start: '2027-01-11', finish: '2027-01-14' });
    expect(moved.history.undoLabel).toBe('Move "Draft charter" later by 5 working days and make it 4 working days');
    expect(moved.value).toMatchObject({ constraintType: 'snet', constraintDate: '2027-01-11', durationDays: 4 });
    // Only the dragged task is stored: one row changed, the successor is moved by the scheduler.
    expect((await api.invoke('audit.list', { limit: 1000 })).length).toBe(auditBefore + 1);
    expect(await scheduled(api, second.id)).toMatchObject({ start: '2027-01-18', finish: '2027-01-19' });

    await api.invoke('history.undo', {});
    expect(await scheduled(api, first.id)).toMatchObject({ start: '2027-01-04', finish: '2027-01-06' });
    expect(await scheduled(api, second.id)).toMatchObject({ start: '2027-01-08' });
    await api.invoke('history.redo', {});

    await api.invoke('project.close', {});
    await api.invoke('project.open', { path: api.filePath });
    expect(await scheduled(api, second.id)).toMatchObject({ start: '2027-01-18' });
    expect((await api.invoke('history.state', {})).undoLabel).toContain('Move "Draft charter"');
  });

  it('moves a progress drag and a percent edit as one step each', async () => {
    const api = await withProject();
    const sponsor = await taskNamed(api, 'Confirm executive sponsor and mandate');
    const result = await api.invoke('tasks.update', { id: sponsor.id, patch: { percentComplete: 40 } });
    expect(result.history.undoLabel).toBe('Set "Confirm executive sponsor and mandate" to 40% complete');
    expect((await api.invoke('schedule.get', {})).tasks[0]?.percentComplete).toBeGreaterThan(0);
  });
});

describe('dependencies', () => {
  it('refuses a cycle with CONFLICT naming its tasks, and writes nothing', async () => {
    const api = await withProject();
    const sponsor = await taskNamed(api, 'Confirm executive sponsor and mandate');
    const members = await taskNamed(api, 'Nominate representatives of every function');
    const history = await api.invoke('history.state', {});
    const result = await api.raw('dependencies.add', { predecessorId: members.id, successorId: sponsor.id, type: 'FS', lagDays: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) {
      expect(result.error.message).toBe(
        'This dependency would make a loop: "Nominate representatives of every function" → "Confirm executive sponsor and mandate" → "Map the functions that will use the models" → "Nominate representatives of every function".',
      );
    }
    expect(await api.invoke('history.state', {})).toEqual(history);
  });

  it('refuses links to phases, to itself and twice', async () => {
    const api = await withProject();
    const { tasks } = await api.invoke('tasks.list', {});
    const phase = tasks.find((t) => t.parentId === null) as Task;
    const sponsor = await taskNamed(api, 'Confirm executive sponsor and mandate');
    const functions = await taskNamed(api, 'Map the functions that will use the models');
    expect(await api.raw('dependencies.add', { predecessorId: phase.id, successorId: sponsor.id, type: 'FS', lagDays: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['predecessorId'] }] } });
    expect(await api.raw('dependencies.add', { predecessorId: sponsor.id, successorId: sponsor.id, type: 'FS', lagDays: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await api.raw('dependencies.add', { predecessorId: sponsor.id, successorId: functions.id, type: 'SS', lagDays: 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('changes a link type and lag, and the schedule follows', async () => {
    const api = await withProject();
    const functions = await taskNamed(api, 'Map the functions that will use the models');
    const link = (await api.invoke('tasks.list', {})).dependencies.find((d) => d.successorId === functions.id);
    await api.invoke('dependencies.update', { id: link?.id as string, patch: { type: 'SS', lagDays: 1 } });
    expect(await scheduled(api, functions.id)).toMatchObject({ start: '2027-01-05' });
  });
});

describe('tasks in the hierarchy', () => {
  it('indents, outdents, and deletes a subtree with its links in one undoable step', async () => {
    const api = await withProject();
    const sponsor = await taskNamed(api, 'Confirm executive sponsor and mandate');
    const phaseId = sponsor.parentId as string;
    const parent = (await api.invoke('tasks.create', { parentId: phaseId, name: 'Workstream', durationDays: 1, afterId: sponsor.id })).value;
    const child = (await api.invoke('tasks.create', { parentId: phaseId, name: 'Child work', durationDays: 6, afterId: parent.id })).value;
    await api.invoke('tasks.move', { id: child.id, direction: 'indent' });
    expect((await taskNamed(api, 'Child work')).parentId).toBe(parent.id);
    expect(await scheduled(api, parent.id)).toMatchObject({ isSummary: true, durationDays: 6 });
    expect(await api.raw('tasks.update', { id: parent.id, patch: { percentComplete: 20 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['patch', 'percentComplete'] }] } });
    expect(await api.raw('tasks.move', { id: sponsor.id, direction: 'outdent' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const before = await api.invoke('tasks.list', {});
    const phase = before.tasks.find((t) => t.id === phaseId) as Task;
    await api.invoke('tasks.delete', { id: phase.id });
    const after = await api.invoke('tasks.list', {});
    expect(after.tasks.some((t) => t.parentId === phaseId || t.id === phaseId)).toBe(false);
    expect(after.dependencies.length).toBeLessThan(before.dependencies.length);
    await api.invoke('history.undo', {});
    const restored = await api.invoke('tasks.list', {});
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(restored.tasks)).toEqual(byId(before.tasks));
    expect(byId(restored.dependencies)).toEqual(byId(before.dependencies));
  });
});

describe('calendar and holidays', () => {
  const ICS = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Holidays//EN',
    'BEGIN:VEVENT', 'UID:1', 'DTSTART;VALUE=DATE:20270105', 'DTEND;VALUE=DATE:20270106', 'SUMMARY:Company day', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:2', 'DTSTART;VALUE=DATE:20271224', 'DTEND;VALUE=DATE:20271227', 'SUMMARY:Christmas break', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:3', 'DTSTART;VALUE=DATE:20270501', 'RRULE:FREQ=YEARLY', 'SUMMARY:Labour Day', 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');

  it('imports an .ics file and the schedule skips its days', async () => {
    const api = await withProject();
    const result = await api.invoke('holidays.import', { ics: ICS });
    expect(result.value.added).toBeGreaterThanOrEqual(6);
    const { holidays } = await api.invoke('calendar.get', {});
    expect(holidays.map((h) => h.date)).toEqual(expect.arrayContaining(['2027-01-05', '2027-12-24', '2027-12-25', '2027-12-26', '2027-05-01', '2028-05-01']));
    expect(holidays.find((h) => h.date === '2027-01-05')?.label).toBe('Company day');
    const sponsor = await taskNamed(api, 'Confirm executive sponsor and mandate');
    expect(await scheduled(api, sponsor.id)).toMatchObject({ start: '2027-01-04', finish: '2027-01-07' });
    // The same file again adds nothing and records no undo step.
    const again = await api.invoke('holidays.import', { ics: ICS });
    expect(again.value).toEqual({ added: 0, skipped: result.value.added });
    expect(again.history.undoLabel).toBe(result.history.undoLabel);
  });

  it('refuses a malformed file with a clear message and writes nothing', async () => {
    const api = await withProject();
    const audit = await api.invoke('audit.list', { limit: 1000 });
    for (const ics of ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2027\r\n', 'hello, this is a spreadsheet', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n']) {
      const result = await api.raw('holidays.import', { ics });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['ics'] }] } });
      if (!result.ok) expect(result.error.message).toMatch(/calendar/);
    }
    expect((await api.invoke('calendar.get', {})).holidays).toEqual([]);
    expect((await api.invoke('history.state', {})).canUndo).toBe(false);
    expect(await api.invoke('audit.list', { limit: 1000 })).toEqual(audit);
  });

  it('changes the working week and refuses a duplicate holiday', async () => {
    const api = await withProject();
    await api.invoke('calendar.update', { workingWeekdays: [1, 2, 3, 4] });
    const sponsor = await taskNamed(api, 'Confirm executive sponsor and mandate');
    expect(await scheduled(api, sponsor.id)).toMatchObject({ finish: '2027-01-06' });
    const functions = await taskNamed(api, 'Map the functions that will use the models');
    expect(await scheduled(api, functions.id)).toMatchObject({ start: '2027-01-07', finish: '2027-01-12' });
    await api.invoke('holidays.add', { date: '2027-01-05', label: 'Offsite' });
    expect(await api.raw('holidays.add', { date: '2027-01-05', label: 'Again' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['date'] }] } });
    expect(await api.raw('calendar.update', { workingWeekdays: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('baselines and lateness', () => {
  it('shows the variance of tasks and of the project against a saved baseline', async () => {
    const api = await withProject();
    const baseline = (await api.invoke('baselines.save', { name: 'Approved plan' })).value;
    const sponsor = await taskNamed(api, 'Confirm executive sponsor and mandate');
    await api.invoke('tasks.update', { id: sponsor.id, patch: { durationDays: 5 } });
    const schedule = await api.invoke('schedule.get', { baselineId: baseline.id });
    expect(schedule.tasks.find((t) => t.id === sponsor.id)).toMatchObject({ baselineFinish: '2027-01-06', finish: '2027-01-08', finishVarianceDays: 2 });
    expect(schedule.baseline).toMatchObject({ name: 'Approved plan', finishVarianceDays: 2 });
    await api.invoke('baselines.delete', { id: baseline.id });
    expect(await api.invoke('baselines.list', {})).toEqual([]);
    expect(await api.raw('schedule.get', { baselineId: baseline.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('puts the plan step in attention when tasks are past their finish and not complete', async () => {
    const api = await withProject({ ...SAMPLE_FIELDS, plannedStart: '2024-01-08', targetGoLive: '2024-12-20' });
    const plan = (await api.invoke('steps.list', {})).find((s) => s.key === 'plan');
    expect(plan?.status).toBe('attention');
    expect(plan?.warnings[0]?.message).toMatch(/^\d+ tasks are past their finish date and not complete: "Confirm executive sponsor and mandate"/);
  });
});
