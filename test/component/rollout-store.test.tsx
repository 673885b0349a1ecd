import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../renderer/api/client';
import { createRolloutStore, WRITES_ONE_TASK } from '../../renderer/state/rollout-store';
import type { Task } from '../../shared/schemas/task';
import { createTestBackend, PILOT_FIELDS, type TestBackend } from './in-process-backend';

let env: TestBackend;
let calls: string[];
let client: ApiClient;
beforeEach(() => {
  env = createTestBackend();
  calls = [];
  client = { ...env.client, invoke: (method, input) => (calls.push(method), env.client.invoke(method, input)) };
});
afterEach(() => env.dispose());

async function openStore() {
  await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'ten-step' });
  const store = createRolloutStore(client);
  await store.getState().boot();
  const leaf = store.getState().tasks.find((t) => t.parentId !== null && !t.isMilestone && !store.getState().tasks.some((c) => c.parentId === t.id));
  if (!leaf) throw new Error('The template has no task');
  calls.length = 0;
  return { store, leaf };
}

const backendTasks = async () => (await env.client.invoke('tasks.list', {})).tasks;
const plainTasks = (tasks: readonly Task[]) => JSON.parse(JSON.stringify(tasks)) as Task[];

// A drag on a 5,000-task plan must not read the whole plan again (docs/benchmarks.md): the store puts the one row
// the edit answered in place, and only when it can be sure nothing else of the plan changed.
describe('the plan held by the renderer after an edit of one task', () => {
  it('puts the saved row in place instead of reading the plan again, and holds what the backend holds', async () => {
    const { store, leaf } = await openStore();
    const others = store.getState().tasks.filter((t) => t.id !== leaf.id);
    await store.getState().mutate((api) => api.invoke('tasks.reschedule', { id: leaf.id, start: '2026-06-01' }), WRITES_ONE_TASK);
    expect(calls).not.toContain('tasks.list');
    const held = store.getState().tasks;
    expect(held.find((t) => t.id === leaf.id)).toMatchObject({ constraintType: 'snet', constraintDate: '2026-06-01' });
    expect(plainTasks(held)).toEqual(await backendTasks());
    // The rows not edited keep their identity: memoised parts of the timeline skip them.
    for (const task of others) expect(held).toContain(task);
  });

  it('reads the plan again when the edit does not promise a single row, or another edit came in between', async () => {
    const { store, leaf } = await openStore();
    await store.getState().mutate((api) => api.invoke('tasks.update', { id: leaf.id, patch: { name: 'Renamed without the option' } }));
    expect(calls.filter((c) => c === 'tasks.list')).toHaveLength(1);

    // Two edits in flight at once: at most one of them is the only change since the plan was read.
    calls.length = 0;
    await Promise.all([
      store.getState().mutate((api) => api.invoke('tasks.update', { id: leaf.id, patch: { percentComplete: 40 } }), WRITES_ONE_TASK),
      store.getState().mutate((api) => api.invoke('tasks.reschedule', { id: leaf.id, start: '2026-07-01' }), WRITES_ONE_TASK),
    ]);
    expect(calls).toContain('tasks.list');
    expect(plainTasks(store.getState().tasks)).toEqual(await backendTasks());
  });

  it('follows an undo of the edit it placed', async () => {
    const { store, leaf } = await openStore();
    const before = plainTasks(store.getState().tasks);
    await store.getState().mutate((api) => api.invoke('tasks.update', { id: leaf.id, patch: { durationDays: leaf.durationDays + 4 } }), WRITES_ONE_TASK);
    await store.getState().undo();
    expect(plainTasks(store.getState().tasks)).toEqual(before);
    expect(plainTasks(store.getState().tasks)).toEqual(await backendTasks());
  });
});
