import { afterEach, describe, expect, it } from 'vitest';
import type { RequirementFields } from '../../shared/schemas/requirements';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

async function withProject(template: 'ten-step' | 'blank' = 'ten-step') {
  const api = startTestBackend();
  backends.push(api);
  const opened = await api.invoke('project.create', { fields: SAMPLE_FIELDS, template });
  return Object.assign(api, { filePath: opened.path });
}

const member = (name: string, extra: Record<string, unknown> = {}) => ({
  name, functionId: null, role: 'member' as const, contact: '', availability: 20, decisionRights: [], ...extra,
});

const stepOf = async (api: TestBackend, key: string) => (await api.invoke('steps.list', {})).find((s) => s.key === key)!;

describe('step 1: the team', () => {
  it('seeds the default functions in a project made from the template, none in a blank one', async () => {
    const api = await withProject();
    const { functions } = await api.invoke('people.read', {});
    expect(functions.map((f) => f.name)).toEqual([
      'Leadership', 'IT', 'Security', 'Legal', 'Privacy and compliance', 'HR', 'Finance', 'Operations', 'Procurement', 'Communications',
    ]);
    expect(functions.find((f) => f.name === 'Legal')?.usesModels).toBe(true);
    expect(functions.find((f) => f.name === 'Procurement')?.usesModels).toBe(false);
    // An empty team is "not started", not a problem.
    expect((await stepOf(api, 'team')).warnings).toEqual([]);

    const blank = await withProject('blank');
    expect((await blank.invoke('people.read', {})).functions).toEqual([]);
  });

  it('persists members across close and reopen, with undo through the normal history', async () => {
    const api = await withProject();
    const { functions } = await api.invoke('people.read', {});
    const legal = functions.find((f) => f.name === 'Legal')!;
    const created = await api.invoke('people.create', { entity: 'member', values: member('Ana Ruiz', { functionId: legal.id, role: 'sponsor', decisionRights: ['go_no_go', 'approve_budget'] }) });
    expect(created.history.undoLabel).toBe('Add member "Ana Ruiz"');
    await api.invoke('people.update', { entity: 'member', id: created.value.id, patch: { availability: 40 } });

    await api.invoke('project.close', {});
    await api.invoke('project.open', { path: api.filePath });
    const { members } = await api.invoke('people.read', {});
    expect(members).toEqual([expect.objectContaining({ name: 'Ana Ruiz', functionId: legal.id, role: 'sponsor', availability: 40, decisionRights: ['go_no_go', 'approve_budget'] })]);

    await api.invoke('history.undo', {});
    expect((await api.invoke('people.read', {})).members[0]?.availability).toBe(20);
    const audit = await api.invoke('audit.list', { limit: 10 });
    expect(audit.some((a) => a.entityType === 'team member' && a.summary === 'Add member "Ana Ruiz"')).toBe(true);
  });

  it('reports invalid fields with their path, and unknown links next to the field', async () => {
    const api = await withProject();
    const bad = await api.raw('people.create', { entity: 'member', values: member('', { availability: 140 }) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const issues = (bad as { error: { issues: { path: unknown[]; message: string }[] } }).error.issues;
    expect(issues).toEqual(expect.arrayContaining([
      { path: ['values', 'name'], message: 'Name is required' },
      { path: ['values', 'availability'], message: 'At most 100%' },
    ]));
    const unknownFunction = await api.raw('people.create', { entity: 'member', values: member('Ben', { functionId: crypto.randomUUID() }) });
    expect(unknownFunction).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['values', 'functionId'], message: 'Choose a function from the list' }] } });
    const { value } = await api.invoke('people.create', { entity: 'member', values: member('Ben') });
    const badPatch = await api.raw('people.update', { entity: 'member', id: value.id, patch: { availability: -5 } });
    expect(badPatch).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['patch', 'availability'], message: 'At least 0%' }] } });
    expect(await api.raw('people.delete', { entity: 'member', id: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('turns the step to attention with eleven members, and back after one undo', async () => {
    const api = await withProject();
    for (let i = 1; i <= 11; i++) await api.invoke('people.create', { entity: 'member', values: member(`Member ${i}`) });
    const team = await stepOf(api, 'team');
    expect(team.status).toBe('attention');
    expect(team.warnings.map((w) => w.message)).toContain('The team has 11 members; keep it to about 10 so it can still decide. Make some of them advisors outside the core team or merge overlapping seats.');
    expect(team.warnings[0]?.fix).toEqual({ target: 'team-members', label: 'Go to the members' });
    await api.invoke('history.undo', {});
    expect((await stepOf(api, 'team')).warnings.some((w) => w.message.startsWith('The team has 1'))).toBe(false);
  });

  it('keeps one RACI role per cell, and deleting a member removes its cells in the same undo step', async () => {
    const api = await withProject();
    const { value } = await api.invoke('people.create', { entity: 'member', values: member('Chen Li') });
    const set = await api.invoke('people.setRaci', { memberId: value.id, item: 'vendors', role: 'R' });
    expect(set.history.undoLabel).toBe('Make Chen Li Responsible for step 3, Products and vendors');
    await api.invoke('people.setRaci', { memberId: value.id, item: 'vendors', role: 'A' });
    await api.invoke('people.setRaci', { memberId: value.id, item: 'decision:go_no_go', role: 'A' });
    expect((await api.invoke('people.read', {})).raci.map((c) => [c.item, c.role])).toEqual([['decision:go_no_go', 'A'], ['vendors', 'A']]);
    await api.invoke('people.setRaci', { memberId: value.id, item: 'decision:go_no_go', role: null });
    expect((await api.invoke('people.read', {})).raci).toHaveLength(1);

    await api.invoke('people.delete', { entity: 'member', id: value.id });
    expect((await api.invoke('people.read', {})).raci).toEqual([]);
    await api.invoke('history.undo', {});
    const restored = await api.invoke('people.read', {});
    expect(restored.members).toHaveLength(1);
    expect(restored.raci).toEqual([expect.objectContaining({ item: 'vendors', role: 'A' })]);
  });

  it('reorders the escalation path', async () => {
    const api = await withProject();
    const first = await api.invoke('people.create', { entity: 'escalation', values: { issueKind: 'Model misbehaves', escalateTo: 'Programme lead', withinHours: 24 } });
    await api.invoke('people.create', { entity: 'escalation', values: { issueKind: 'Data leak suspected', escalateTo: 'CISO', withinHours: 2 } });
    await api.invoke('people.move', { entity: 'escalation', id: first.value.id, direction: 'down' });
    expect((await api.invoke('people.read', {})).escalation.map((e) => e.issueKind)).toEqual(['Data leak suspected', 'Model misbehaves']);
    const bad = await api.raw('people.create', { entity: 'escalation', values: { issueKind: 'x', escalateTo: 'y', withinHours: 0 } });
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: ['values', 'withinHours'], message: 'At least 1 hour' }] } });
  });
});

describe('the Northwind sample', () => {
  it('opens with the team, requirements, communications and training filled in and no readiness warnings in those steps', async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.openSample', {});
    const data = await api.invoke('people.read', {});
    expect(data.members).toHaveLength(9);
    expect(data.raci).toHaveLength(9 * 15);
    expect(data.requirements.map((r) => r.code)).toEqual(['REQ-001', 'REQ-002', 'REQ-003', 'REQ-004', 'REQ-005', 'REQ-006', 'REQ-007']);
    const screening = data.useCases.find((u) => u.name.startsWith('CV screening'));
    expect(screening).toMatchObject({ riskTier: 'high_risk', status: 'parked' });
    expect(screening?.decisionNote).toMatch(/Annex III/);
    expect(data.groups.length).toBeGreaterThanOrEqual(5);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.enrolments.length).toBeGreaterThan(0);
    const steps = await api.invoke('steps.list', {});
    for (const key of ['team', 'requirements', 'communications', 'training']) {
      expect(steps.find((s) => s.key === key)?.warnings, key).toEqual([]);
    }
  });
});

describe('step 2: requirements', () => {
  it('gives stable REQ codes, keeps links clean when a use case goes, and restores them on undo', async () => {
    const api = await withProject();
    const { milestones, functions } = await api.invoke('people.read', {});
    const uc = await api.invoke('people.create', { entity: 'useCase', values: { name: 'Claims summaries', functionId: null, description: '', expectedValue: '', riskTier: 'minimal', status: 'approved', decisionNote: '' } });
    const values: RequirementFields = { title: 'EU residency', description: '', horizon: 'immediate', priority: 'must', requestingFunctionIds: [functions[1]!.id], type: 'compliance', acceptanceCriteria: 'EU regions only', useCaseIds: [uc.value.id], milestoneTaskId: milestones[0]!.id, status: 'agreed' };
    const first = await api.invoke('people.create', { entity: 'requirement', values });
    const second = await api.invoke('people.create', { entity: 'requirement', values: { ...values, title: 'SSO' } });
    await api.invoke('people.delete', { entity: 'requirement', id: first.value.id });
    await api.invoke('people.create', { entity: 'requirement', values: { ...values, title: 'Citations' } });
    const codes = (await api.invoke('people.read', {})).requirements.map((r) => [r.code, r.title]);
    // A deleted code is never handed out again: vendor criteria may still cite it.
    expect(codes).toEqual([['REQ-002', 'SSO'], ['REQ-003', 'Citations']]);
    expect(second.value.id).toBeTruthy();

    await api.invoke('people.delete', { entity: 'useCase', id: uc.value.id });
    expect((await api.invoke('people.read', {})).requirements.every((r) => r.useCaseIds.length === 0)).toBe(true);
    await api.invoke('history.undo', {});
    expect((await api.invoke('people.read', {})).requirements.every((r) => r.useCaseIds.includes(uc.value.id))).toBe(true);
  });

  it('refuses a milestone that is not a milestone, and an empty title, next to the field', async () => {
    const api = await withProject();
    const { tasks } = await api.invoke('tasks.list', {});
    const notMilestone = tasks.find((t) => !t.isMilestone && t.parentId !== null)!;
    const values: RequirementFields = { title: 'x', description: '', horizon: 'immediate', priority: 'should', requestingFunctionIds: [], type: 'business', acceptanceCriteria: '', useCaseIds: [], milestoneTaskId: notMilestone.id, status: 'draft' };
    expect(await api.raw('people.create', { entity: 'requirement', values })).toMatchObject({ ok: false, error: { issues: [{ path: ['values', 'milestoneTaskId'], message: 'Choose a milestone of the plan' }] } });
    expect(await api.raw('people.create', { entity: 'requirement', values: { ...values, title: ' ', milestoneTaskId: null } })).toMatchObject({ ok: false, error: { issues: [{ path: ['values', 'title'], message: 'Title is required' }] } });
    expect(await api.raw('people.create', { entity: 'requirement', values: { ...values, priority: 'maybe', milestoneTaskId: null } })).toMatchObject({ ok: false, error: { issues: [{ path: ['values', 'priority'], message: "Choose must, should, could or won't" }] } });
  });

  it('puts the step in attention for a prohibited use case without a decision until one is recorded', async () => {
    const api = await withProject();
    const uc = await api.invoke('people.create', { entity: 'useCase', values: { name: 'Emotion detection', functionId: null, description: '', expectedValue: '', riskTier: 'prohibited', status: 'rejected', decisionNote: '' } });
    const step = await stepOf(api, 'requirements');
    expect(step.status).toBe('attention');
    expect(step.warnings[0]?.message).toMatch(/^Use case "Emotion detection" is in the prohibited tier/);
    await api.invoke('people.update', { entity: 'useCase', id: uc.value.id, patch: { decisionNote: 'Rejected under Art. 5' } });
    expect((await stepOf(api, 'requirements')).warnings).toEqual([]);
  });
});

describe('step 5: communications', () => {
  it('checks reach against the pilot start the plan schedules, and flags overdue open concerns', async () => {
    const api = await withProject();
    const group = await api.invoke('people.create', { entity: 'group', values: { name: 'Works council', size: 11, influence: 'high', interest: 'high', concerns: '' } });
    const warning = (await stepOf(api, 'communications')).warnings[0]?.message ?? '';
    const pilot = /before the pilot starts on (\d+ \w+ \d{4})/.exec(warning)?.[1];
    expect(pilot, warning).toBeTruthy();
    const late = await api.invoke('people.create', { entity: 'commItem', values: { groupId: group.value.id, message: 'Briefing', channel: 'briefing', plannedDate: '2030-01-01', owner: '', status: 'planned' } });
    expect((await stepOf(api, 'communications')).warnings).toHaveLength(1);
    await api.invoke('people.update', { entity: 'commItem', id: late.value.id, patch: { plannedDate: SAMPLE_FIELDS.plannedStart } });
    expect((await stepOf(api, 'communications')).warnings).toEqual([]);

    await api.invoke('people.create', { entity: 'feedback', values: { groupId: group.value.id, concern: 'Monitoring of staff?', response: '', status: 'open', targetDate: '2020-01-01' } });
    expect((await stepOf(api, 'communications')).warnings[0]?.message).toMatch(/^The concern "Monitoring of staff\?" \(due 1 Jan 2020\) is still open/);
  });

  it('needs a response before a concern is answered, and deletes a group with its communications in one undo step', async () => {
    const api = await withProject();
    const group = await api.invoke('people.create', { entity: 'group', values: { name: 'Staff', size: 900, influence: 'low', interest: 'high', concerns: '' } });
    const concern = await api.invoke('people.create', { entity: 'feedback', values: { groupId: group.value.id, concern: 'Jobs?', response: '', status: 'open', targetDate: null } });
    expect(await api.raw('people.update', { entity: 'feedback', id: concern.value.id, patch: { status: 'answered' } })).toMatchObject({
      ok: false, error: { issues: [{ path: ['patch', 'response'], message: 'Write the response before marking the concern answered or closed' }] },
    });
    await api.invoke('people.create', { entity: 'commItem', values: { groupId: group.value.id, message: 'Town hall', channel: 'town_hall', plannedDate: '2027-01-10', owner: 'COO', status: 'planned' } });
    await api.invoke('people.delete', { entity: 'group', id: group.value.id });
    let data = await api.invoke('people.read', {});
    expect([data.groups.length, data.commItems.length, data.feedback[0]?.groupId]).toEqual([0, 0, null]);
    await api.invoke('history.undo', {});
    data = await api.invoke('people.read', {});
    expect([data.groups.length, data.commItems.length, data.feedback[0]?.groupId]).toEqual([1, 1, group.value.id]);
  });
});

describe('step 6: training', () => {
  it('copies library modules, fills the matrix, and moves coverage with enrolments', async () => {
    const api = await withProject();
    const audience = await api.invoke('people.create', { entity: 'audience', values: { role: 'Claims handlers', headcount: 40 } });
    const modules: string[] = [];
    for (const libraryId of ['TM-02', 'TM-03', 'TM-06', 'TM-07']) modules.push((await api.invoke('people.addLibraryModule', { libraryId })).value.id);
    expect((await stepOf(api, 'training')).warnings).toHaveLength(4);
    for (const moduleId of modules) await api.invoke('people.setTrainingNeed', { audienceId: audience.value.id, moduleId, level: 'required' });
    expect((await stepOf(api, 'training')).warnings).toEqual([]);
    await api.invoke('people.setTrainingNeed', { audienceId: audience.value.id, moduleId: modules[3]!, level: 'optional' });
    expect((await stepOf(api, 'training')).warnings.map((w) => w.message)).toEqual([
      '"Responding to security events" is not in a required module for any audience. Cover it in a module and mark that module required.',
    ]);

    const session = await api.invoke('people.create', { entity: 'session', values: { moduleId: modules[0]!, date: '2027-02-01', time: '09:30', trainer: 'Ana', capacity: 20, location: 'Room 4' } });
    const tooMany = await api.raw('people.create', { entity: 'enrolment', values: { sessionId: session.value.id, audienceId: audience.value.id, enrolled: 25, completed: 0 } });
    expect(tooMany).toMatchObject({ ok: false, error: { issues: [{ path: ['values', 'enrolled'], message: 'The session has 20 seats and 0 are taken: at most 20 more' }] } });
    const overDone = await api.raw('people.create', { entity: 'enrolment', values: { sessionId: session.value.id, audienceId: audience.value.id, enrolled: 10, completed: 12 } });
    expect(overDone).toMatchObject({ ok: false, error: { issues: [{ path: ['values', 'completed'], message: 'Cannot exceed the 10 enrolled' }] } });
    await api.invoke('people.create', { entity: 'enrolment', values: { sessionId: session.value.id, audienceId: audience.value.id, enrolled: 20, completed: 8 } });
    expect(await api.raw('people.update', { entity: 'session', id: session.value.id, patch: { capacity: 10 } })).toMatchObject({ ok: false, error: { issues: [{ path: ['patch', 'capacity'] }] } });
    const badTime = await api.raw('people.create', { entity: 'session', values: { moduleId: modules[0]!, date: '2027-02-30', time: '25:00', trainer: '', capacity: 0, location: '' } });
    expect((badTime as { error: { issues: { path: unknown[] }[] } }).error.issues.map((i) => i.path[1])).toEqual(expect.arrayContaining(['date', 'time', 'capacity']));

    await api.invoke('people.delete', { entity: 'module', id: modules[0]! });
    let data = await api.invoke('people.read', {});
    expect([data.modules.length, data.sessions.length, data.enrolments.length]).toEqual([3, 0, 0]);
    await api.invoke('history.undo', {});
    data = await api.invoke('people.read', {});
    expect([data.modules.length, data.sessions.length, data.enrolments.length, data.needs.length]).toEqual([4, 1, 1, 4]);
    expect(data.modules.find((m) => m.id === modules[0])).toMatchObject({ libraryId: 'TM-02', topics: ['principles', 'acceptable_use'] });
  });
});
