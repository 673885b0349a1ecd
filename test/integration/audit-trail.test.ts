import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { STEP_ENTITY_TYPES, entityTypesOfStep } from '../../shared/rules/audit-trail';
import { startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

async function sampleWithEdits(): Promise<TestBackend> {
  const api = startTestBackend();
  backends.push(api);
  await api.invoke('project.openSample', {});
  await api.invoke('people.create', { entity: 'member', values: { name: 'Ana Ruiz', functionId: null, role: 'member', contact: '', availability: 20, decisionRights: [] } });
  await api.invoke('steps.update', { key: 'pilot', patch: { notes: 'Claims team volunteers' } });
  await api.invoke('project.update', { patch: { name: '=HYPERLINK("http://evil","x") 100% sure' } });
  const { vendors } = await api.invoke('vendors.get', {});
  await api.invoke('vendors.recordDecision', { fields: { chosenVendorId: vendors[0]!.id, rationale: 'Best fit for claims', dissent: '', decidedBy: 'Steering committee', decidedOn: '2027-03-01' } });
  return api;
}

describe('audit.search', () => {
  it('filters by step: the step’s own entities and its step row, nothing else', async () => {
    const api = await sampleWithEdits();
    const team = await api.invoke('audit.search', { filter: { scope: 'team' }, limit: 500 });
    expect(team.total).toBeGreaterThan(0);
    expect(team.entries.every((e) => entityTypesOfStep('team').includes(e.entityType) || (e.entityType === 'step' && e.entityId === 'team'))).toBe(true);
    expect(team.entries.some((e) => e.entityType === 'team member' && e.summary.includes('Ana Ruiz'))).toBe(true);

    const pilot = await api.invoke('audit.search', { filter: { scope: 'pilot' }, limit: 500 });
    expect(pilot.entries.some((e) => e.entityType === 'step' && e.entityId === 'pilot')).toBe(true);
    expect(pilot.entries.some((e) => e.entityType === 'team member')).toBe(false);

    const project = await api.invoke('audit.search', { filter: { scope: 'project' }, limit: 500 });
    expect(project.entries.some((e) => e.entityType === 'project' && e.summary.length > 0)).toBe(true);
    expect(project.entries.some((e) => e.entityType === 'step' || STEP_ENTITY_TYPES.includes(e.entityType))).toBe(false);

    // The scopes split the whole trail: each entry is in exactly one.
    const all = await api.invoke('audit.search', {});
    let sum = 0;
    for (const scope of ['team', 'requirements', 'vendors', 'plan', 'communications', 'training', 'pilot', 'deployment', 'monitoring', 'contingency', 'project'] as const) {
      sum += (await api.invoke('audit.search', { filter: { scope }, limit: 1 })).total;
    }
    expect(sum).toBe(all.total);
  });

  it('marks and filters the decisions: vendor choice, pilot decision and gate decisions', async () => {
    const api = await sampleWithEdits();
    const decisions = await api.invoke('audit.search', { filter: { decisionsOnly: true }, limit: 500 });
    expect(decisions.entries.every((e) => e.decision)).toBe(true);
    const types = new Set(decisions.entries.map((e) => e.entityType));
    expect(types).toEqual(new Set(['vendor decision', 'pilot decision', 'gate decision']));
    expect(decisions.entries.some((e) => e.action === 'decision' && e.entityType === 'vendor decision' && e.summary.length > 0)).toBe(true);
    const ordinary = await api.invoke('audit.search', { filter: { scope: 'team' }, limit: 500 });
    expect(ordinary.entries.some((e) => e.decision)).toBe(false);
  });

  it('filters by entity type and by free text, literally and case-insensitively', async () => {
    const api = await sampleWithEdits();
    const members = await api.invoke('audit.search', { filter: { entityType: 'team member' }, limit: 500 });
    expect(members.total).toBeGreaterThan(0);
    expect(members.entries.every((e) => e.entityType === 'team member')).toBe(true);
    expect(members.entityTypes).toContainEqual(expect.objectContaining({ entityType: 'team member' }));

    const ana = await api.invoke('audit.search', { filter: { text: 'ana ruiz' } });
    expect(ana.total).toBeGreaterThan(0);
    expect(ana.entries.every((e) => /ana ruiz/i.test(e.summary))).toBe(true);
    // % and _ are characters to find, not wildcards.
    const percent = await api.invoke('audit.search', { filter: { text: '100%' } });
    expect(percent.entries.length).toBeGreaterThan(0);
    expect(percent.entries.every((e) => e.summary.includes('100%'))).toBe(true);
    expect((await api.invoke('audit.search', { filter: { text: '_%_' } })).total).toBe(0);

    const combined = await api.invoke('audit.search', { filter: { scope: 'team', text: 'ana' , entityType: 'team member' } });
    expect(combined.entries.every((e) => e.entityType === 'team member' && /ana/i.test(e.summary))).toBe(true);
  });

  it('pages newest first without gaps or overlaps', async () => {
    const api = await sampleWithEdits();
    const all = await api.invoke('audit.search', { limit: 500 });
    const first = await api.invoke('audit.search', { offset: 0, limit: 3 });
    const second = await api.invoke('audit.search', { offset: 3, limit: 3 });
    expect(first.total).toBe(all.total);
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(all.entries.slice(0, 6).map((e) => e.id));
    const ids = all.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('refuses a filter it does not know', async () => {
    const api = await sampleWithEdits();
    const error = await api.invoke('audit.search', { filter: { scope: 'everything' as 'team' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('VALIDATION');
  });
});

describe('audit.exportCsv', () => {
  it('exports what the filter shows as CSV, with formula-like cells neutralised and quotes escaped', async () => {
    const api = await sampleWithEdits();
    const shown = await api.invoke('audit.search', { filter: { scope: 'project' }, limit: 500 });
    const { csv, fileName, rows } = await api.invoke('audit.exportCsv', { filter: { scope: 'project' } });
    expect(fileName).toMatch(/-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(rows).toBe(shown.total);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Entry,When (UTC),Who,Action,Decision,Step,Entity,Entity id,What');
    expect(lines).toHaveLength(shown.total + 1);
    const renamed = lines.find((line) => line.includes('HYPERLINK'));
    // The summary starts with the project's new name or a label; either way the formula never starts a cell.
    expect(renamed).toBeDefined();
    expect(renamed!.split(',').some((cell) => /^"?=/.test(cell))).toBe(false);
    expect(renamed).toContain('""http://evil""');
  });
});
