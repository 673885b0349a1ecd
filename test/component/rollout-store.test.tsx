import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/api/ApiContext';
import { useEvaluation } from '../../renderer/features/vendors/use-evaluation';
import { RolloutProvider, useRollout } from '../../renderer/state/RolloutProvider';
import { useProjectQuery } from '../../renderer/state/use-project-query';
import { usePreviewedEdits } from '../../renderer/state/use-previewed-edits';
import { previewLineEdit } from '../../renderer/features/budget/preview-budget';
import type { Score } from '../../shared/schemas/vendors';
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
const sortScores = (scores: readonly Score[]) => [...scores].sort((a, b) => a.id.localeCompare(b.id));
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

// A score entered on an evaluation of 120,000 scores must not read them all again (14 MB): the saved row is put in
// place, and the query stands for that edit when it was the only change since the scores were read.
describe('a score entered in the vendor evaluation', () => {
  it('takes the saved score in place without reading the scores again, and holds what the backend holds', async () => {
    await env.client.invoke('project.openSample', {});
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider client={client}><RolloutProvider>{children}</RolloutProvider></ApiProvider>;
    const { result } = renderHook(() => ({ evaluation: useEvaluation(), boot: useRollout((s) => s.boot), undo: useRollout((s) => s.undo) }), { wrapper });
    await act(() => result.current.boot());
    await waitFor(() => expect(result.current.evaluation.data).toBeDefined());
    const [score] = result.current.evaluation.data?.scores ?? [];
    if (!score) throw new Error('The sample has no scores');
    calls.length = 0;
    const cell = { evaluatorId: score.evaluatorId, vendorId: score.vendorId, criterionId: score.criterionId, round: score.round };
    await act(() => result.current.evaluation.saveScore({ ...cell, value: score.value === 5 ? 4 : 5 }));
    await waitFor(() => expect(result.current.evaluation.loading).toBe(false));
    expect(calls).toContain('vendors.get');
    expect(calls).not.toContain('vendors.scores');
    const backendScores = () => env.client.invoke('vendors.scores', {});
    expect(sortScores(result.current.evaluation.data?.scores ?? [])).toEqual(sortScores(await backendScores()));

    // Cleared, then an undo: the undo is not an edit the patch stands for, so the scores are read again.
    await act(() => result.current.evaluation.saveScore({ ...cell, value: null }));
    expect(result.current.evaluation.data?.scores.some((s) => s.id === score.id)).toBe(false);
    calls.length = 0;
    await act(() => result.current.undo());
    await waitFor(() => expect(calls).toContain('vendors.scores'));
    const restored = sortScores(await backendScores());
    expect(restored.some((s) => s.id === score.id)).toBe(true);
    await waitFor(() => expect(sortScores(result.current.evaluation.data?.scores ?? [])).toEqual(restored));
  });
});

// Two lines edited in quick succession: the second outcome is computed from the first one's, so neither value
// jumps back while both are saved, and what is held at the end is the backend's.
describe('edits drawn before their saves answer', () => {
  it('keeps a first edit still being saved in the outcome of a second, and ends with what the backend holds', async () => {
    await env.client.invoke('project.openSample', {});
    const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider client={client}><RolloutProvider>{children}</RolloutProvider></ApiProvider>;
    const { result } = renderHook(() => {
      const query = useProjectQuery('budget.get', {});
      return { query, edits: usePreviewedEdits(query), boot: useRollout((s) => s.boot) };
    }, { wrapper });
    await act(() => result.current.boot());
    await waitFor(() => expect(result.current.edits.data).toBeDefined());
    const [a, b] = result.current.edits.data?.lines ?? [];
    if (!a || !b) throw new Error('The sample has too few cost lines');
    const quantity = (id: string) => result.current.edits.data?.lines.find((l) => l.id === id)?.quantity;
    const edit = (id: string, value: number) => result.current.edits.run((api) => api.invoke('budget.updateLine', { id, patch: { quantity: value } }), (basis) => previewLineEdit(basis, id, { quantity: value }));
    let saves: Promise<unknown>[] = [];
    act(() => {
      saves = [edit(a.id, a.quantity + 5)];
    });
    act(() => {
      saves.push(edit(b.id, b.quantity + 7));
    });
    expect([quantity(a.id), quantity(b.id)]).toEqual([a.quantity + 5, b.quantity + 7]);
    await act(() => Promise.all(saves));
    await waitFor(() => expect(result.current.query.loading).toBe(false));
    expect([quantity(a.id), quantity(b.id)]).toEqual([a.quantity + 5, b.quantity + 7]);
    expect(result.current.edits.data).toEqual(await env.client.invoke('budget.get', {}));
  });
});
