import { afterEach, describe, expect, it } from 'vitest';
import { previewLineEdit } from '../../renderer/features/budget/preview-budget';
import type { CostLinePatch } from '../../shared/schemas/budget';
import { startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

// The budget view draws an edit of one line before the save answers, computed in the renderer with the backend's
// rules; the read after the save must then bring exactly that, or the view would change twice.
describe("the renderer's outcome of an edit of one cost line", () => {
  it('is what the backend answers after the edit, for lines of every kind in the sample', async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.openSample', {});
    const lines = (await api.invoke('budget.get', {})).lines;
    const byWave = lines.find((l) => l.periodFrom === 'wave');
    const inUsd = lines.find((l) => l.currency === 'USD');
    const spent = lines.find((l) => l.actual > 0);
    if (!byWave || !inUsd || !spent) throw new Error('The sample lacks a kind of line');
    const edits: [string, CostLinePatch][] = [
      [byWave.id, { quantity: byWave.quantity + 2 }],
      [inUsd.id, { unitCost: inUsd.unitCost + 1_234 }],
      [spent.id, { actual: spent.actual + 99_00, committed: spent.committed + 1_000_00 }],
      [spent.id, { endMonth: '2027-12', startMonth: '2027-02' }],
      [inUsd.id, { currency: 'EUR' }],
      [byWave.id, { description: 'Hypercare, renamed', category: 'support' }],
    ];
    for (const [id, patch] of edits) {
      const before = await api.invoke('budget.get', {});
      const outcome = previewLineEdit(before, id, patch);
      await api.invoke('budget.updateLine', { id, patch });
      expect(outcome, JSON.stringify(patch)).toEqual(await api.invoke('budget.get', {}));
    }
  });

  it('leaves to the backend an edit that changes what the line follows, or one that is not valid', async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.openSample', {});
    const view = await api.invoke('budget.get', {});
    const line = view.lines[0];
    if (!line) throw new Error('The sample has no lines');
    expect(previewLineEdit(view, line.id, { scheduleFrom: 'line' })).toBeNull();
    expect(previewLineEdit(view, line.id, { taskId: null })).toBeNull();
    expect(previewLineEdit(view, line.id, { startMonth: '2028-01', endMonth: '2027-01' })).toBeNull();
    expect(previewLineEdit(view, 'no-such-line', { quantity: 2 })).toBeNull();
  });
});
