import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

async function withProject() {
  const api = startTestBackend();
  backends.push(api);
  await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
  return api;
}

async function firstTask(api: TestBackend) {
  const task = (await api.invoke('tasks.list', {})).tasks.find((t) => t.parentId !== null);
  if (!task) throw new Error('no task');
  return task;
}

describe('task owner and links to other steps', () => {
  it('assigns a team member as owner (shown by name), falls back to a typed name, and refuses an unknown member', async () => {
    const api = await withProject();
    const member = (await api.invoke('people.create', { entity: 'member', values: { name: 'Ana Ruiz', functionId: null, role: 'lead', contact: '', availability: 50, decisionRights: [] } })).value.id;
    const task = await firstTask(api);
    expect((await api.invoke('timeline.related', {})).members).toEqual([{ id: member, label: 'Ana Ruiz' }]);

    const assigned = (await api.invoke('tasks.update', { id: task.id, patch: { ownerMemberId: member } })).value;
    expect(assigned).toMatchObject({ ownerMemberId: member, ownerName: 'Ana Ruiz' });
    expect((await api.invoke('history.state', {})).undoLabel).toBe(`Assign "${task.name}" to Ana Ruiz`);

    const typed = (await api.invoke('tasks.update', { id: task.id, patch: { ownerName: 'External auditor' } })).value;
    expect(typed).toMatchObject({ ownerMemberId: null, ownerName: 'External auditor' });

    const refused = await api.invoke('tasks.update', { id: task.id, patch: { ownerMemberId: crypto.randomUUID() } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).issues[0]).toEqual({ path: ['patch', 'ownerMemberId'], message: 'That team member no longer exists' });
  });

  it('keeps a fixed finish through a save and shows the task ending on that date', async () => {
    const api = await withProject();
    const task = await firstTask(api);
    await api.invoke('tasks.update', { id: task.id, patch: { durationDays: 3, constraintType: 'fixed', constraintAnchor: 'finish', constraintDate: '2027-02-16' } });
    const row = (await api.invoke('schedule.get', {})).tasks.find((t) => t.id === task.id);
    expect([row?.start, row?.finish]).toEqual(['2027-02-12', '2027-02-16']);
    expect((await api.invoke('tasks.list', {})).tasks.find((t) => t.id === task.id)?.constraintAnchor).toBe('finish');
  });

  it('lists planned communications (not cancelled) and training sessions of the sample as timeline events', async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.openSample', {});
    const related = await api.invoke('timeline.related', {});
    const comms = related.events.filter((e) => e.kind === 'communication');
    expect(comms.length).toBeGreaterThan(0);
    expect(comms.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.label.includes(': '))).toBe(true);
    expect(related.communications.length).toBeGreaterThanOrEqual(comms.length);
    expect(related.members.length).toBeGreaterThan(0);
  });
});
