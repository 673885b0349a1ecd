import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from '../../electron/backend/interchange/check';
import { NORTHWIND_SAMPLE } from '../../electron/backend/projects/sample';
import { startTestBackend, type TestBackend } from '../support/backend';

let api: TestBackend;

beforeAll(async () => {
  api = startTestBackend();
  await api.invoke('project.openSample', {});
  // One edit, so the undo history and the audit trail hold before/after images of a note.
  await api.invoke('steps.update', { key: 'vendors', patch: { notes: 'Internal: vendor B is overpriced, push them hard' } });
});
afterAll(() => api.close());

/** Opens the copy from the zip through the real backend, as a consultant would. */
async function openCopy(zip: Record<string, Uint8Array>, name: string): Promise<TestBackend> {
  const copyName = Object.keys(zip).find((f) => f.endsWith('.rollout')) as string;
  const other = startTestBackend();
  fs.writeFileSync(path.join(other.projectsDir, name), zip[copyName] as Uint8Array);
  await other.invoke('project.open', { path: name });
  return other;
}

describe("the consultant's hand-off", () => {
  it('redacts notes, evaluator names and cost figures in a compacted copy that opens and passes the checks', async () => {
    const vendors = await api.invoke('vendors.get', {});
    const evaluatorNames = vendors.evaluators.map((e) => e.name);
    expect(evaluatorNames.length).toBeGreaterThan(2);
    const stepNote = Object.values(NORTHWIND_SAMPLE.steps).find((s) => (s?.notes ?? '').length > 20)?.notes as string;

    const started = performance.now();
    const result = await api.invoke('handoff.export', {
      redactions: { internalNotes: true, evaluatorNames: true, costFigures: true, fields: ['risk.owner'] },
      squashHistory: false,
      reports: [],
    });
    const ms = performance.now() - started;
    const zip = unzipSync(Buffer.from(result.base64, 'base64'));
    expect(Object.keys(zip).sort()).toEqual(['Northwind Insurance- GenAI assistant rollout (hand-off).rollout', 'REDACTIONS.md']);
    expect(result.fileName).toBe('Northwind Insurance- GenAI assistant rollout (hand-off).zip');
    const markdown = new TextDecoder().decode(zip['REDACTIONS.md']);
    expect(markdown).toMatch(/Evaluator names: \d+ evaluator\(s\) renamed/);
    expect(markdown).toContain('Field risk.owner:');
    expect(result.summary).toHaveLength(4);

    const bytes = Buffer.from(Object.values(zip).find((_, i) => Object.keys(zip)[i]?.endsWith('.rollout')) as Uint8Array);
    for (const secret of [...evaluatorNames, stepNote, 'vendor B is overpriced']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), `the copy still holds "${secret}"`).toBe(false);
    }

    const copy = await openCopy(zip, 'copy.rollout');
    try {
      const redacted = await copy.invoke('vendors.get', {});
      expect(redacted.evaluators.map((e) => e.name)).toEqual(evaluatorNames.map((_, i) => `Evaluator ${i + 1}`));
      expect(redacted.vendors.every((v) => v.seatPerMonth === 0 && v.annualFixed === 0)).toBe(true);
      const budget = await copy.invoke('budget.get', {});
      expect(budget.settings.approvedBudget).toBeNull();
      expect(budget.lines.every((l) => l.unitCost === 0 && l.actual === 0)).toBe(true);
      expect((await copy.invoke('steps.list', {})).every((s) => s.notes === '')).toBe(true);
      expect((await copy.invoke('history.state', {})).canUndo).toBe(false);
      const audit = await copy.invoke('audit.list', { limit: 1000 });
      expect(audit[0]?.summary).toMatch(/^Hand-off copy made; redacted: internal notes, evaluator names, cost figures, field risk\.owner/);
      expect(audit.every((a) => a.before === null && a.after === null)).toBe(true);
    } finally {
      copy.close();
    }
    console.log(`hand-off of the sample: ${ms.toFixed(0)} ms, ${result.base64.length} base64 chars`);
  });

  it('squashes the history to one entry, and the copy passes the consistency check', async () => {
    const result = await api.invoke('handoff.export', {
      redactions: { internalNotes: false, evaluatorNames: false, costFigures: false, fields: [] },
      squashHistory: true,
      reports: [],
    });
    const zip = unzipSync(Buffer.from(result.base64, 'base64'));
    const copy = await openCopy(zip, 'squashed.rollout');
    try {
      const audit = await copy.invoke('audit.list', { limit: 1000 });
      expect(audit.map((a) => a.summary)).toEqual(['Hand-off copy made; redacted: nothing']);
      expect((await copy.invoke('steps.list', {})).find((s) => s.key === 'vendors')?.notes).toBe('Internal: vendor B is overpriced, push them hard');
    } finally {
      copy.close();
    }
    const { openProjectFile } = await import('../../electron/backend/project-file/project-file');
    const file = openProjectFile(path.join(copy.projectsDir, 'squashed.rollout'));
    try {
      expect(checkConsistency(file.db).problems).toEqual([]);
    } finally {
      file.close();
    }
  });

  it('refuses fields that do not exist or cannot be blanked, naming each', async () => {
    const result = await api.raw('handoff.export', {
      redactions: { internalNotes: false, evaluatorNames: false, costFigures: false, fields: ['risk.nothing', 'nowhere.field', 'risk.likelihood'] },
      squashHistory: false,
      reports: [],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [
      { path: ['redactions', 'fields', 0], message: 'The risk has no field "nothing"' },
      { path: ['redactions', 'fields', 1], message: '"nowhere" is not a table of the project' },
      { path: ['redactions', 'fields', 2], message: 'risk.likelihood is required and has no neutral value to redact it to' },
    ] } });
  });
});
