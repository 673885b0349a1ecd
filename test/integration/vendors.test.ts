import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { evaluate } from '../../shared/rules/scoring/evaluate';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

async function withProject(): Promise<TestBackend> {
  const api = startTestBackend();
  backends.push(api);
  await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
  return api;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** A small evaluation: two vendors, two library criteria (one must-have), two evaluators. */
async function smallEvaluation(api: TestBackend) {
  await api.invoke('vendors.addFromLibrary', { libraryIds: ['CAP-01', 'DAT-01'] });
  const base = { description: '', pricingModel: 'seat' as const, seatPerMonth: 2_000, usagePerUserMonth: 0, annualFixed: 0, oneOff: 0, certifications: '', vulnerabilities: '', regulatoryNotes: '', contact: '', documents: [] };
  const a = (await api.invoke('vendors.createVendor', { fields: { ...base, name: 'Atlas', offeringType: 'general' } })).value;
  const b = (await api.invoke('vendors.createVendor', { fields: { ...base, name: 'Meridian', offeringType: 'focused' } })).value;
  const e1 = (await api.invoke('vendors.createEvaluator', { fields: { name: 'Ana', memberId: null, anonymous: true } })).value;
  const e2 = (await api.invoke('vendors.createEvaluator', { fields: { name: 'Ben', memberId: null, anonymous: false } })).value;
  const data = await api.invoke('vendors.get', {});
  const [accuracy, training] = data.criteria;
  if (!accuracy || !training) throw new Error('library criteria missing');
  return { a, b, e1, e2, accuracy, training };
}

describe('vendor evaluation persistence', () => {
  it('adds library criteria in their groups, keeps scores of both rounds, and undoes a deletion with its scores', async () => {
    const api = await withProject();
    const { a, b, e1, e2, accuracy, training } = await smallEvaluation(api);
    const data = await api.invoke('vendors.get', {});
    expect(data.groups.map((g) => g.name)).toEqual(['Capability and quality', 'Data']);
    expect(training.mustHave).toBe(true);
    expect(accuracy.descriptors).toHaveLength(6);

    await api.invoke('vendors.setScore', { evaluatorId: e1.id, vendorId: a.id, criterionId: accuracy.id, round: 1, value: 2, rationale: 'Weak on claims' });
    await api.invoke('vendors.setScore', { evaluatorId: e1.id, vendorId: a.id, criterionId: accuracy.id, round: 2, value: 4 });
    await api.invoke('vendors.setScore', { evaluatorId: e2.id, vendorId: b.id, criterionId: accuracy.id, round: 1, value: 5 });
    const refused = await failure(api.invoke('vendors.setScore', { evaluatorId: e2.id, vendorId: b.id, criterionId: accuracy.id, round: 1, value: 7 }));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues[0]).toEqual({ path: ['value'], message: 'Enter 0 (no evidence) to 5' });

    const scores = (await api.invoke('vendors.get', {})).scores;
    expect(scores.map((s) => [s.round, s.value, s.rationale]).sort()).toEqual([[1, 2, 'Weak on claims'], [1, 5, ''], [2, 4, '']]);

    await api.invoke('vendors.deleteVendor', { id: a.id });
    expect((await api.invoke('vendors.get', {})).scores).toHaveLength(1);
    await api.invoke('history.undo', {});
    const restored = await api.invoke('vendors.get', {});
    expect(restored.vendors.map((v) => v.name)).toEqual(['Atlas', 'Meridian']);
    expect(restored.scores).toHaveLength(3);
  });

  it('records a decision as an undoable edit and as a "decision" entry in the audit trail', async () => {
    const api = await withProject();
    const { b } = await smallEvaluation(api);
    const fields = { chosenVendorId: b.id, rationale: 'Best fit for claims', dissent: 'Legal wants a higher indemnity cap', decidedBy: 'Steering committee', decidedOn: '2027-03-01' };
    const recorded = await api.invoke('vendors.recordDecision', { fields });
    expect(recorded.value).toEqual(fields);
    const audit = await api.invoke('audit.list', { limit: 5 });
    const decision = audit.find((e) => e.action === 'decision');
    expect(decision?.summary).toBe('Record vendor decision: "Meridian"');
    expect(decision?.after).toMatchObject({ chosenVendorName: 'Meridian', dissent: 'Legal wants a higher indemnity cap' });
    expect(audit.some((e) => e.action === 'update' && e.entityType === 'vendor decision')).toBe(true);
    await api.invoke('history.undo', {});
    expect((await api.invoke('vendors.get', {})).decision.chosenVendorId).toBeNull();
  });

  it('stores pairwise comparisons once per pair and refuses values off Saaty\'s scale', async () => {
    const api = await withProject();
    await smallEvaluation(api);
    const [g1, g2] = (await api.invoke('vendors.get', {})).groups;
    if (!g1 || !g2) throw new Error('groups missing');
    await api.invoke('vendors.setComparison', { groupAId: g2.id, groupBId: g1.id, evaluatorId: null, value: 3 });
    const { comparisons } = await api.invoke('vendors.get', {});
    expect(comparisons).toHaveLength(1);
    const stored = comparisons[0];
    // Whatever the id order, the stored judgment means "g2 is 3x as important as g1".
    const g2OverG1 = stored?.groupAId === g2.id ? stored.value : 1 / (stored?.value ?? 1);
    expect(g2OverG1).toBeCloseTo(3);
    expect((await failure(api.invoke('vendors.setComparison', { groupAId: g1.id, groupBId: g2.id, evaluatorId: null, value: 2.5 }))).code).toBe('VALIDATION');
  });

  it('opens the Northwind sample with four vendors, two rounds, a knock-out and a recorded decision', async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.openSample', {});
    const data = await api.invoke('vendors.get', {});
    expect(data.vendors).toHaveLength(4);
    expect(data.criteria.length).toBeGreaterThanOrEqual(20);
    expect(data.evaluators).toHaveLength(5);
    expect(data.scores.some((s) => s.round === 2)).toBe(true);
    const chosen = data.vendors.find((v) => v.id === data.decision.chosenVendorId);
    expect(chosen?.name).toBe('Atlas Enterprise AI');
    const result = evaluate({ ...data, aggregation: data.state.aggregation, weightMethod: data.state.weightMethod });
    const corvid = data.vendors.find((v) => v.name === 'Corvid Assist');
    expect(result.results.find((r) => r.vendorId === corvid?.id)).toMatchObject({ rank: null, knockout: { state: 'out' } });
    expect(result.disagreement.some((d) => d.flagged)).toBe(false);
    // Round 1 (independent) had real disagreement; the discussion narrowed it in round 2.
    const firstRound = evaluate({ ...data, aggregation: data.state.aggregation, weightMethod: data.state.weightMethod, round: 1 });
    expect(firstRound.disagreement[0]?.flagged).toBe(true);
  });

  it('warns on step 3 when the decision rests on a vendor that fails a must-have criterion', async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.openSample', {});
    const vendorWarnings = async () => (await api.invoke('steps.list', {})).find((s) => s.key === 'vendors')?.warnings.map((w) => w.message) ?? [];
    expect(await vendorWarnings()).toEqual([]);
    const corvid = (await api.invoke('vendors.get', {})).vendors.find((v) => v.name === 'Corvid Assist');
    if (!corvid) throw new Error('sample vendor missing');
    await api.invoke('vendors.recordDecision', { fields: { chosenVendorId: corvid.id, rationale: 'Cheapest', dissent: '', decidedBy: 'Steering group', decidedOn: '2026-11-20' } });
    expect(await vendorWarnings()).toEqual(['The chosen vendor "Corvid Assist" fails a must-have criterion.']);
  });
});

async function exportFor(api: TestBackend, evaluatorId: string): Promise<ExcelJS.Workbook> {
  const file = await api.invoke('vendors.exportSheet', { evaluatorId });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

async function toBase64(workbook: ExcelJS.Workbook): Promise<string> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}

describe('XLSX scoring sheets', () => {
  it('round-trips an evaluator\'s scores: export, fill in, import', async () => {
    const api = await withProject();
    const { a, b, e1, accuracy } = await smallEvaluation(api);
    await api.invoke('vendors.setScore', { evaluatorId: e1.id, vendorId: a.id, criterionId: accuracy.id, round: 1, value: 3 });
    const workbook = await exportFor(api, e1.id);
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([['Scores', 'visible'], ['Scales', 'visible'], ['Identification', 'veryHidden']]);
    const sheet = workbook.getWorksheet('Scores') as ExcelJS.Worksheet;
    expect(sheet.getRow(5).values).toEqual([undefined, 'Criterion id', 'Group', 'Criterion', 'Scale', 'Atlas', 'Meridian']);
    expect(sheet.getCell('C6').value).toBe(accuracy.name);
    expect(sheet.getCell('E6').value).toBe(3);
    expect(sheet.getCell('F6').dataValidation).toMatchObject({ type: 'whole', formulae: [0, 5] });
    sheet.getCell('E6').value = 4;
    sheet.getCell('F6').value = 5;
    sheet.getCell('E7').value = 1;
    const imported = await api.invoke('vendors.importSheet', { base64: await toBase64(workbook) });
    expect(imported.value).toEqual({ evaluatorName: 'Ana', changed: 3 });
    const scores = (await api.invoke('vendors.get', {})).scores.filter((s) => s.evaluatorId === e1.id);
    expect(scores.map((s) => [s.vendorId === a.id ? 'Atlas' : s.vendorId === b.id ? 'Meridian' : '?', s.value]).sort()).toEqual([['Atlas', 1], ['Atlas', 4], ['Meridian', 5]]);
  });

  it('refuses hostile sheets with a per-cell error list and changes nothing', async () => {
    const api = await withProject();
    const { e1 } = await smallEvaluation(api);
    const before = await api.invoke('vendors.get', {});
    const auditBefore = await api.invoke('audit.list', { limit: 1000 });

    const wrong = await exportFor(api, e1.id);
    const scores = wrong.getWorksheet('Scores') as ExcelJS.Worksheet;
    scores.getCell('E6').value = 9;
    scores.getCell('F6').value = 'great';
    scores.getCell('E7').value = 2.5;
    scores.getCell('F7').value = { formula: '1+1', result: 2 };
    const bad = await failure(api.invoke('vendors.importSheet', { base64: await toBase64(wrong) }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toBe('The scoring sheet has 4 problems; nothing was imported.');
    expect(bad.issues).toEqual([
      { path: ['Scores!E6'], message: 'Enter a whole number from 0 to 5' },
      { path: ['Scores!F6'], message: 'Enter a whole number from 0 to 5' },
      { path: ['Scores!E7'], message: 'Enter a whole number from 0 to 5' },
      { path: ['Scores!F7'], message: 'Formulas are not accepted; type the score' },
    ]);

    const extra = await exportFor(api, e1.id);
    extra.addWorksheet('Macros');
    expect((await failure(api.invoke('vendors.importSheet', { base64: await toBase64(extra) }))).issues).toEqual([{ path: ['Macros!A1'], message: 'Unexpected sheet "Macros"' }]);

    const missing = await exportFor(api, e1.id);
    missing.removeWorksheet((missing.getWorksheet('Identification') as ExcelJS.Worksheet).id);
    expect((await failure(api.invoke('vendors.importSheet', { base64: await toBase64(missing) }))).issues).toEqual([{ path: ['Identification!A1'], message: 'Sheet "Identification" is missing' }]);

    const tampered = await exportFor(api, e1.id);
    (tampered.getWorksheet('Identification') as ExcelJS.Worksheet).getCell('B3').value = before.evaluators[1]?.id ?? '';
    expect((await failure(api.invoke('vendors.importSheet', { base64: await toBase64(tampered) }))).issues[0]?.path).toEqual(['Identification!B7']);

    const garbage = Buffer.from('this is not a workbook at all').toString('base64');
    expect((await failure(api.invoke('vendors.importSheet', { base64: garbage }))).message).toBe('This file is not an Excel workbook (.xlsx).');
    const brokenZip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(4_000, 7)]).toString('base64');
    expect((await failure(api.invoke('vendors.importSheet', { base64: brokenZip }))).code).toBe('VALIDATION');
    const huge = await api.raw('vendors.importSheet', { base64: 'A'.repeat(28_000_001) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    expect(await api.invoke('vendors.get', {})).toEqual(before);
    expect(await api.invoke('audit.list', { limit: 1000 })).toEqual(auditBefore);
  }, 60_000);

  it('refuses a sheet exported from another project', async () => {
    const other = await withProject();
    const { e1: foreignEvaluator } = await smallEvaluation(other);
    const foreign = await other.invoke('vendors.exportSheet', { evaluatorId: foreignEvaluator.id });
    const api = await withProject();
    await smallEvaluation(api);
    const error = await failure(api.invoke('vendors.importSheet', { base64: foreign.base64 }));
    expect(error.message).toBe('This scoring sheet belongs to another project.');
    expect(error.issues).toEqual([{ path: ['Identification!B2'], message: 'The sheet was exported from another project' }]);
  });
});
