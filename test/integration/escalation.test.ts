import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

async function withMember(): Promise<{ api: TestBackend; memberId: string }> {
  const api = startTestBackend();
  backends.push(api);
  await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
  const member = await api.invoke('people.create', { entity: 'member', values: { name: 'Marcus Lindqvist', functionId: null, role: 'member', contact: '', availability: 10, decisionRights: [] } });
  return { api, memberId: member.value.id };
}

const levels = async (api: TestBackend) => (await api.invoke('people.read', {})).escalation;
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a refusal'); }, (e: unknown) => e as ApiError);

describe('escalation "to whom"', () => {
  it('links a team member, whose name the level carries and follows through a rename', async () => {
    const { api, memberId } = await withMember();
    const { value } = await api.invoke('people.create', { entity: 'escalation', values: { issueKind: 'Suspected data leak', escalateTo: '', escalateToMemberId: memberId, withinHours: 2 } });
    expect((await levels(api))[0]).toMatchObject({ id: value.id, escalateToMemberId: memberId, escalateTo: 'Marcus Lindqvist' });

    await api.invoke('people.update', { entity: 'member', id: memberId, patch: { name: 'Marcus Lindqvist (CISO)' } });
    expect((await levels(api))[0]).toMatchObject({ escalateToMemberId: memberId, escalateTo: 'Marcus Lindqvist (CISO)' });
    // One undo takes back the rename and the name on the escalation path together.
    await api.invoke('history.undo', {});
    expect((await levels(api))[0]?.escalateTo).toBe('Marcus Lindqvist');
  });

  it('takes a typed name for someone outside the team, and typing another name on a linked level unlinks it', async () => {
    const { api, memberId } = await withMember();
    const outside = await api.invoke('people.create', { entity: 'escalation', values: { issueKind: 'Outage', escalateTo: 'IT service desk', withinHours: 4 } });
    expect((await levels(api)).find((l) => l.id === outside.value.id)).toMatchObject({ escalateToMemberId: null, escalateTo: 'IT service desk' });

    await api.invoke('people.update', { entity: 'escalation', id: outside.value.id, patch: { escalateToMemberId: memberId } });
    expect((await levels(api))[0]).toMatchObject({ escalateToMemberId: memberId, escalateTo: 'Marcus Lindqvist' });
    await api.invoke('people.update', { entity: 'escalation', id: outside.value.id, patch: { escalateTo: 'Vendor incident line' } });
    expect((await levels(api))[0]).toMatchObject({ escalateToMemberId: null, escalateTo: 'Vendor incident line' });
  });

  it('keeps the name as text when the member leaves the team, and undo relinks', async () => {
    const { api, memberId } = await withMember();
    await api.invoke('people.create', { entity: 'escalation', values: { issueKind: 'Misuse', escalateTo: '', escalateToMemberId: memberId, withinHours: 48 } });
    await api.invoke('people.delete', { entity: 'member', id: memberId });
    expect((await levels(api))[0]).toMatchObject({ escalateToMemberId: null, escalateTo: 'Marcus Lindqvist' });
    await api.invoke('history.undo', {});
    expect((await levels(api))[0]).toMatchObject({ escalateToMemberId: memberId });
  });

  it('refuses an unknown member and a level that names nobody, next to the field', async () => {
    const { api } = await withMember();
    const unknown = await failure(api.invoke('people.create', { entity: 'escalation', values: { issueKind: 'Leak', escalateTo: '', escalateToMemberId: crypto.randomUUID(), withinHours: 2 } }));
    expect(unknown.code).toBe('VALIDATION');
    expect(unknown.issues).toContainEqual({ path: ['values', 'escalateToMemberId'], message: 'Choose a team member from the list' });
    const nobody = await failure(api.invoke('people.create', { entity: 'escalation', values: { issueKind: 'Leak', escalateTo: '  ', withinHours: 2 } }));
    expect(nobody.code).toBe('VALIDATION');
    expect(nobody.issues).toContainEqual({ path: ['values', 'escalateTo'], message: 'Choose a team member, or type who takes it' });
  });
});
