import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { SAMPLE_FIELDS, sideFiles, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

async function withProject(): Promise<TestBackend & { filePath: string }> {
  const api = startTestBackend();
  backends.push(api);
  const opened = await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
  return Object.assign(api, { filePath: opened.path });
}

/** Inputs no method accepts: wrong types, unknown keys, nonsense. */
const MALFORMED: unknown[] = [
  'text',
  42,
  [],
  { unexpected: true },
  { patch: 'not an object' },
  { path: 12 },
  { fields: { name: '' }, template: 'gantt' },
  { key: 'step-11', patch: { notes: 5 } },
  { id: 'not-a-uuid', patch: { percentComplete: 140 } },
  { limit: -1 },
  { suggestedName: { toString: 'x' } },
];

describe('the API contract', () => {
  it('rejects malformed input to every method with VALIDATION and changes nothing', async () => {
    const api = await withProject();
    const before = await api.invoke('audit.list', { limit: 1000 });
    const stepsBefore = await api.invoke('steps.list', {});
    for (const method of METHOD_NAMES) {
      for (const input of MALFORMED) {
        const result = await api.raw(method, input);
        // Methods without input accept `{}` only, so every sample above is malformed for every method.
        expect(result.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!result.ok) expect(result.error.code, `${method} ${JSON.stringify(input)}`).toBe('VALIDATION');
      }
    }
    expect(await api.invoke('audit.list', { limit: 1000 })).toEqual(before);
    expect(await api.invoke('steps.list', {})).toEqual(stepsBefore);
    expect((await api.invoke('project.current', {}))?.project.name).toBe(SAMPLE_FIELDS.name);
  });

  it('answers NOT_FOUND for an unknown method and NO_PROJECT when nothing is open', async () => {
    const api = startTestBackend();
    backends.push(api);
    expect(await api.raw('project.delete', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const needsProject: MethodName[] = ['steps.list', 'tasks.list', 'history.undo', 'history.state'];
    for (const method of needsProject) {
      expect(await api.raw(method, {})).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
    }
  });

  it('validates the merged project fields and reports the field', async () => {
    const api = await withProject();
    const auditBefore = await api.invoke('audit.list', { limit: 100 });
    const result = await api.raw('project.update', { patch: { targetGoLive: '2026-01-01' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['patch', 'targetGoLive'] }] } });
    const invalidDate = await api.raw('project.update', { patch: { plannedStart: '2027-02-30' } });
    expect(invalidDate).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['patch', 'plannedStart'], message: 'Enter a real date as YYYY-MM-DD' }] } });
    expect((await api.invoke('history.state', {})).canUndo).toBe(false);
    expect(await api.invoke('audit.list', { limit: 100 })).toEqual(auditBefore);
    expect((await api.invoke('project.current', {}))?.project).toMatchObject(SAMPLE_FIELDS);
  });
});

describe('undo, redo and the audit trail', () => {
  it('undoes and redoes edits, also after the file was closed and reopened', async () => {
    const api = await withProject();
    await api.invoke('project.update', { patch: { name: 'First name' } });
    await api.invoke('project.update', { patch: { organisation: 'Contoso Group' } });
    await api.invoke('steps.update', { key: 'pilot', patch: { notes: 'Claims team volunteers' } });
    await api.invoke('project.close', {});
    expect(sideFiles(api.filePath)).toEqual([]);

    const reopened = await api.invoke('project.open', { path: path.basename(api.filePath) });
    expect(reopened.history).toMatchObject({ canUndo: true, undoLabel: 'Edit notes of "Pilot"' });
    await api.invoke('history.undo', {});
    await api.invoke('history.undo', {});
    const project = await api.invoke('project.current', {});
    expect(project?.project).toMatchObject({ name: 'First name', organisation: SAMPLE_FIELDS.organisation });
    expect((await api.invoke('steps.list', {})).find((s) => s.key === 'pilot')?.notes).toBe('');

    await api.invoke('project.close', {});
    await api.invoke('project.open', { path: path.basename(api.filePath) });
    const state = await api.invoke('history.redo', {});
    expect(state).toMatchObject({ canRedo: true, redoLabel: 'Edit notes of "Pilot"' });
    expect((await api.invoke('project.current', {}))?.project.organisation).toBe('Contoso Group');

    // A new edit discards what could have been redone.
    await api.invoke('project.update', { patch: { description: 'New branch' } });
    expect((await api.invoke('history.state', {})).canRedo).toBe(false);
  });

  it('records who changed what, with before and after values, including undo', async () => {
    const api = await withProject();
    await api.invoke('project.update', { patch: { name: 'Audited' } });
    await api.invoke('history.undo', {});
    const [undo, update, created] = await api.invoke('audit.list', { limit: 10 });
    expect(created).toMatchObject({ action: 'file', actor: 'tester', entityType: 'project' });
    expect(update).toMatchObject({ action: 'update', entityType: 'project', summary: 'Rename project to "Audited"' });
    expect((update?.before as { name: string }).name).toBe(SAMPLE_FIELDS.name);
    expect((update?.after as { name: string }).name).toBe('Audited');
    expect(undo).toMatchObject({ action: 'undo', summary: 'Undo: Rename project to "Audited"' });
  });

  it('adds no undo step for an edit that changes nothing', async () => {
    const api = await withProject();
    await api.invoke('project.update', { patch: { name: SAMPLE_FIELDS.name } });
    expect((await api.invoke('history.state', {})).canUndo).toBe(false);
  });
});

describe('steps and tasks', () => {
  it('computes step status from task progress, with a manual override that needs a reason', async () => {
    const api = await withProject();
    const { tasks } = await api.invoke('tasks.list', {});
    const phase = tasks.find((t) => t.parentId === null && t.stepKey === 'team');
    const teamTasks = tasks.filter((t) => t.parentId === phase?.id);
    await api.invoke('tasks.update', { id: teamTasks[0]!.id, patch: { percentComplete: 50 } });
    let team = (await api.invoke('steps.list', {})).find((s) => s.key === 'team');
    expect(team).toMatchObject({ status: 'in_progress', computedStatus: 'in_progress' });
    for (const task of teamTasks) await api.invoke('tasks.update', { id: task.id, patch: { percentComplete: 100 } });
    team = (await api.invoke('steps.list', {})).find((s) => s.key === 'team');
    expect(team).toMatchObject({ status: 'done', progress: { percentComplete: 100, taskCount: teamTasks.length } });

    const noReason = await api.raw('steps.update', { key: 'team', patch: { statusOverride: 'attention' } });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['patch', 'overrideReason'] }] } });
    const overridden = await api.invoke('steps.update', { key: 'team', patch: { statusOverride: 'attention', overrideReason: 'Legal not yet on board' } });
    expect(overridden.value).toMatchObject({ status: 'attention', computedStatus: 'done' });
    const cleared = await api.invoke('steps.update', { key: 'team', patch: { statusOverride: null } });
    expect(cleared.value).toMatchObject({ status: 'done', overrideReason: '' });
  });

  it('refuses a percentage outside 0 to 100 next to the field', async () => {
    const api = await withProject();
    const { tasks } = await api.invoke('tasks.list', {});
    const result = await api.raw('tasks.update', { id: tasks[1]!.id, patch: { percentComplete: 101 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['patch', 'percentComplete'], message: 'At most 100%' }] } });
  });
});

describe('files', () => {
  it('creates, lists, reopens and remembers projects; opens the sample project', async () => {
    const api = startTestBackend();
    backends.push(api);
    const first = await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'blank' });
    expect(first.fileName).toBe('Contoso LLM rollout.rollout');
    const second = await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'blank' });
    expect(second.fileName).toBe('Contoso LLM rollout (2).rollout');
    expect((await api.invoke('tasks.list', {})).tasks).toEqual([]);
    const sample = await api.invoke('project.openSample', {});
    expect(sample.project.name).toBe('Northwind Insurance: GenAI assistant rollout');
    const steps = await api.invoke('steps.list', {});
    expect(steps.find((s) => s.key === 'team')?.status).toBe('done');
    expect(steps.find((s) => s.key === 'requirements')?.status).toBe('in_progress');
    const listed = (await api.invoke('files.list', {})).map((f) => f.fileName).sort();
    expect(listed).toEqual(['Contoso LLM rollout (2).rollout', 'Contoso LLM rollout.rollout', 'Northwind Insurance - GenAI assistant rollout.rollout']);
    const recent = await api.invoke('files.recent', {});
    expect(recent.map((r) => r.projectName)[0]).toBe('Northwind Insurance: GenAI assistant rollout');
    expect(recent.every((r) => r.exists)).toBe(true);
  });

  it('reports file errors through the API with their codes', async () => {
    const api = startTestBackend();
    backends.push(api);
    fs.writeFileSync(path.join(api.projectsDir, 'Fake.rollout'), 'not a database at all, just some text that is long enough');
    expect(await api.raw('project.open', { path: 'Fake.rollout' })).toMatchObject({ ok: false, error: { code: 'FILE_FOREIGN' } });
    expect(await api.raw('project.open', { path: 'Missing.rollout' })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(await api.raw('project.open', { path: '../outside.rollout' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await api.raw('project.open', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('gives FILE_LOCKED to a second window opening the same project', async () => {
    const first = await withProject();
    const second = startTestBackend(path.dirname(first.projectsDir));
    backends.push(second);
    const result = await second.raw('project.open', { path: path.basename(first.filePath) });
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_LOCKED' } });
  });

  it('Save As continues in the new file and leaves the old one as it was', async () => {
    const api = await withProject();
    await api.invoke('project.update', { patch: { name: 'Client copy' } });
    const copy = await api.invoke('project.saveAs', { path: 'Client copy.rollout' });
    expect(copy.fileName).toBe('Client copy.rollout');
    await api.invoke('project.update', { patch: { name: 'Only in the copy' } });
    await api.invoke('project.close', {});
    const original = await api.invoke('project.open', { path: path.basename(api.filePath) });
    expect(original.project.name).toBe('Client copy');
  });
});
