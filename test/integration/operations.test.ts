import { afterEach, describe, expect, it } from 'vitest';
import { format, subDays, addDays } from 'date-fns';
import type { ApiInput } from '../../shared/api/contract';
import { ApiError } from '../../shared/errors';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

const day = (offset: number) => format(offset >= 0 ? addDays(new Date(), offset) : subDays(new Date(), -offset), 'yyyy-MM-dd');

async function withProject() {
  const api = startTestBackend();
  backends.push(api);
  const opened = await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
  return Object.assign(api, { filePath: opened.path });
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

const create = (api: TestBackend, input: ApiInput<'ops.create'>) => api.invoke('ops.create', input).then((r) => r.value.id);
const stepWarnings = async (api: TestBackend, key: string) => (await api.invoke('steps.list', {})).find((s) => s.key === key)?.warnings.map((w) => w.message) ?? [];

const finding = { title: 'Answers time out on long claim files', category: 'speed', severity: 'high', owner: 'IT', status: 'open', resolution: '', raisedOn: day(-3) };
const kpi = { name: 'Weekly active users', category: 'adoption', unit: '%', target: 70, direction: 'higher', warning: 50, critical: 30, owner: 'Ana', frequency: 'weekly', libraryId: null };
const wave = { name: 'Wave 1', audiences: 'Claims', headcount: 400, startDate: day(7), endDate: day(30), entryCriteria: '', exitCriteria: '', helpdeskReady: true, champions: '', hypercareDays: 10, rollbackPlan: 'Switch off SSO group' };

describe('records of steps 7 to 10', () => {
  it('creates, edits, reorders and deletes records as single undo steps, and keeps them across a reopen', async () => {
    const api = await withProject();
    const a = await create(api, { collection: 'contingencyPlan', fields: { trigger: 'Vendor outage over 4 hours', response: 'Fall back to the search portal', owner: 'IT' } });
    const b = await create(api, { collection: 'contingencyPlan', fields: { trigger: 'Data leak suspected', response: 'Suspend connectors', owner: 'CISO' } });
    await api.invoke('ops.move', { collection: 'contingencyPlan', id: b, direction: 'up' });
    await api.invoke('ops.update', { collection: 'contingencyPlan', id: a, patch: { owner: 'Head of IT' } });
    let plans = (await api.invoke('governance.get', {})).contingencyPlans;
    expect(plans.map((p) => [p.trigger, p.owner])).toEqual([['Data leak suspected', 'CISO'], ['Vendor outage over 4 hours', 'Head of IT']]);
    expect((await api.invoke('history.state', {})).undoLabel).toBe('Edit contingency plan "Vendor outage over 4 hours"');

    await api.invoke('ops.delete', { collection: 'contingencyPlan', id: a });
    expect((await api.invoke('governance.get', {})).contingencyPlans).toHaveLength(1);
    await api.invoke('history.undo', {});
    await api.invoke('project.close', {});
    await api.invoke('project.open', { path: api.filePath });
    plans = (await api.invoke('governance.get', {})).contingencyPlans;
    expect(plans.map((p) => p.owner)).toEqual(['CISO', 'Head of IT']);
  });

  it('reports field-level messages for invalid records and cross-field rules, and changes nothing', async () => {
    const api = await withProject();
    const bad = await failure(api.invoke('ops.create', { collection: 'pilotGroup', fields: { name: ' ', functions: '', size: -2, composition: '', isControl: false, startDate: '2027-03-01', endDate: '2027-02-01' } }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.issues.map((i) => i.path.join('.')).sort()).toEqual(['fields.endDate', 'fields.name', 'fields.size']);
    const dates = await failure(api.invoke('ops.create', { collection: 'pilotGroup', fields: { name: 'Claims', functions: '', size: 20, composition: '', isControl: false, startDate: '2027-03-01', endDate: '2027-02-01' } }));
    expect(dates.issues).toEqual([{ path: ['fields', 'endDate'], message: 'The end cannot be before the start' }]);

    const id = await create(api, { collection: 'kpi', fields: kpi });
    const thresholds = await failure(api.invoke('ops.update', { collection: 'kpi', id, patch: { warning: 80 } }));
    expect(thresholds.issues[0]?.path).toEqual(['patch', 'warning']);
    const closing = await failure(create(api, { collection: 'incident', fields: { title: 'Leak', occurredOn: day(-1), severity: 'high', description: '', containment: '', investigation: '', remediation: '', postIncidentReview: '', status: 'closed' } }));
    expect(closing.issues[0]).toEqual({ path: ['fields', 'postIncidentReview'], message: 'An incident is closed only after its post-incident review' });
    expect((await api.invoke('history.state', {})).undoLabel).toBe('Add KPI "Weekly active users"');
  });

  it('deletes a KPI with its measurements in one edit, and one undo brings both back', async () => {
    const api = await withProject();
    const id = await create(api, { collection: 'kpi', fields: kpi });
    const pasted = await api.invoke('monitoring.paste', { kpiId: id, text: 'Week\tValue\n2026-10-05\t41%\n12.10.2026\t48,5\nnot a date\t3\n2026-10-19\tlots\n' });
    expect(pasted.value.added).toBe(2);
    expect(pasted.value.errors.map((e) => e.line)).toEqual([4, 5]);
    // Pasting a date again replaces its value rather than adding a second point.
    await api.invoke('monitoring.paste', { kpiId: id, text: '2026-10-12\t52' });
    let view = (await api.invoke('monitoring.get', {})).kpis[0];
    expect(view?.measurements.map((m) => [m.measuredOn, m.value])).toEqual([['2026-10-05', 41], ['2026-10-12', 52]]);
    expect(view?.summary.status).toBe('on_track');

    await api.invoke('ops.delete', { collection: 'kpi', id });
    expect((await api.invoke('monitoring.get', {})).kpis).toEqual([]);
    await api.invoke('history.undo', {});
    view = (await api.invoke('monitoring.get', {})).kpis[0];
    expect(view?.measurements).toHaveLength(2);
  });
});

describe('pilot readiness and decisions', () => {
  it('an open high-severity finding puts the pilot in attention until it is resolved', async () => {
    const api = await withProject();
    await create(api, { collection: 'pilotGroup', fields: { name: 'Claims pilot', functions: 'Claims', size: 40, composition: '', isControl: false, startDate: day(-20), endDate: day(10) } });
    await create(api, { collection: 'exitCriterion', fields: { metric: 'Weekly active use', comparison: 'gte', target: 60, unit: '%', measured: 72, evidence: 'Admin report' } });
    expect(await stepWarnings(api, 'pilot')).toEqual([]);

    const id = await create(api, { collection: 'finding', fields: finding });
    expect(await stepWarnings(api, 'pilot')).toEqual(['1 open high-severity pilot finding']);
    expect((await api.invoke('steps.list', {})).find((s) => s.key === 'pilot')?.status).toBe('attention');

    const noResolution = await failure(api.invoke('ops.update', { collection: 'finding', id, patch: { status: 'resolved' } }));
    expect(noResolution.issues[0]?.path).toEqual(['patch', 'resolution']);
    await api.invoke('ops.update', { collection: 'finding', id, patch: { status: 'resolved', resolution: 'Chunked long files' } });
    expect(await stepWarnings(api, 'pilot')).toEqual([]);
    const pilot = await api.invoke('pilot.get', {});
    expect(pilot.summary).toMatchObject({ phase: 'running', readyToDecide: true, criteria: { total: 1, measured: 1, passed: 1 } });
  });

  it('records decisions as new entries in the audit trail; the newest is in force and older ones stay', async () => {
    const api = await withProject();
    await api.invoke('pilot.decide', { decision: { outcome: 'extend', decidedOn: day(-2), decidedBy: { memberId: null, name: 'Dana Fox' }, rationale: 'Two criteria unmeasured' } });
    await api.invoke('pilot.decide', { decision: { outcome: 'proceed', decidedOn: day(-1), decidedBy: { memberId: null, name: 'Dana Fox' }, rationale: 'All criteria met' } });
    const pilot = await api.invoke('pilot.get', {});
    expect(pilot.decisions.map((d) => d.outcome)).toEqual(['proceed', 'extend']);
    expect(pilot.summary.decision?.outcome).toBe('proceed');
    const audit = await api.invoke('audit.list', { limit: 20 });
    expect(audit.filter((e) => e.action === 'decision').map((e) => e.summary)).toEqual([
      'Pilot decision by Dana Fox: Proceed to deployment',
      'Pilot decision by Dana Fox: Extend the pilot',
    ]);
    // Decisions are not records of the generic API: there is no way to edit or delete one.
    const edit = await api.raw('ops.update', { collection: 'pilotDecision', id: pilot.decisions[0]?.id, patch: { outcome: 'stop' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('requires a team member with the go/no-go right once the team names one', async () => {
    const api = await withProject();
    const member = (await api.invoke('people.create', { entity: 'member', values: { name: 'Priya Shah', functionId: null, role: 'sponsor', contact: '', availability: 20, decisionRights: ['go_no_go'] } })).value.id;
    await api.invoke('people.create', { entity: 'member', values: { name: 'Tom Lee', functionId: null, role: 'member', contact: '', availability: 50, decisionRights: [] } });
    const people = await api.invoke('ops.people', {});
    expect(people.members.map((m) => [m.name, m.canDecide])).toEqual([['Priya Shah', true], ['Tom Lee', false]]);
    const refused = await failure(api.invoke('pilot.decide', { decision: { outcome: 'stop', decidedOn: day(0), decidedBy: { memberId: null, name: 'Tom Lee' }, rationale: 'No value' } }));
    expect(refused.issues[0]?.path).toEqual(['decision', 'decidedBy']);
    const decided = await api.invoke('pilot.decide', { decision: { outcome: 'proceed', decidedOn: day(0), decidedBy: { memberId: member, name: 'Priya Shah' }, rationale: 'Met' } });
    expect(decided.value).toMatchObject({ decidedById: member, decidedByName: 'Priya Shah' });
  });
});

describe('deployment gates', () => {
  it('a gate decision is immutable: a change is a new decision, the old one stays visible, and the wave cannot be deleted', async () => {
    const api = await withProject();
    const waveId = await create(api, { collection: 'wave', fields: wave });
    await create(api, { collection: 'gateCriterion', fields: { waveId, text: 'Helpdesk staffed', met: true, evidence: 'Rota' } });
    await create(api, { collection: 'supportItem', fields: { text: 'Helpdesk staffed from day one', owner: 'IT', dueDate: null, done: true } });
    expect(await stepWarnings(api, 'deployment')).toEqual(['Wave "Wave 1" starts in 7 days and its gate has no go decision']);

    await api.invoke('deployment.decideGate', { decision: { waveId, outcome: 'no_go', decidedOn: day(-1), rationale: 'Training incomplete', signOffs: [{ memberId: null, name: 'Dana Fox', signedOn: day(-1) }] } });
    await api.invoke('deployment.decideGate', { decision: { waveId, outcome: 'go', decidedOn: day(0), rationale: 'Training done', signOffs: [{ memberId: null, name: 'Dana Fox', signedOn: day(0) }, { memberId: null, name: 'Li Wei', signedOn: day(0) }] } });
    const gate = (await api.invoke('deployment.get', {})).waves[0]?.gate;
    expect(gate?.status).toBe('go');
    expect(gate?.history.map((d) => d.outcome)).toEqual(['go', 'no_go']);
    expect(gate?.decision?.signOffs.map((s) => s.name)).toEqual(['Dana Fox', 'Li Wei']);
    expect(await stepWarnings(api, 'deployment')).toEqual([]);

    const removal = await failure(api.invoke('ops.delete', { collection: 'wave', id: waveId }));
    expect(removal.code).toBe('CONFLICT');
    const unsigned = await failure(api.invoke('deployment.decideGate', { decision: { waveId, outcome: 'go', decidedOn: day(0), rationale: 'x', signOffs: [] } }));
    expect(unsigned.issues[0]?.path).toEqual(['decision', 'signOffs']);
    const decisions = (await api.invoke('audit.list', { limit: 50 })).filter((e) => e.action === 'decision');
    expect(decisions.map((d) => d.summary)).toEqual(['Go for wave "Wave 1", signed off by Dana Fox, Li Wei', 'No go for wave "Wave 1", signed off by Dana Fox']);
  });
});

describe('governance', () => {
  it('links controls to risks, shows them on both sides, and removes the links with the control', async () => {
    const api = await withProject();
    const risk = await create(api, { collection: 'risk', fields: { title: 'Customer data pasted into prompts', category: 'own:data-leakage', cause: '', likelihood: 4, impact: 5, owner: 'CISO', treatment: 'mitigate', residualLikelihood: 2, residualImpact: 4, reviewDate: null, status: 'open' } });
    expect(await stepWarnings(api, 'contingency')).toContain('1 high risk has no control linked');
    const control = await create(api, { collection: 'control', fields: { name: 'DLP on prompts', type: 'data_loss_prevention', description: '', owner: 'IT', lastTested: day(-5), result: 'passed' } });
    await api.invoke('governance.linkControl', { riskId: risk, controlId: control, linked: true });
    let view = await api.invoke('governance.get', {});
    expect(view.risks[0]).toMatchObject({ score: 20, level: 'critical', residualScore: 8, controlIds: [control] });
    expect(view.controls[0]?.riskIds).toEqual([risk]);
    expect(await stepWarnings(api, 'contingency')).not.toContain('1 high risk has no control linked');
    await api.invoke('ops.delete', { collection: 'control', id: control });
    view = await api.invoke('governance.get', {});
    expect(view.risks[0]?.controlIds).toEqual([]);
    await api.invoke('history.undo', {});
    expect((await api.invoke('governance.get', {})).risks[0]?.controlIds).toEqual([control]);
  });

  it('adds the compliance checklists and library KPIs once, and edits the charter', async () => {
    const api = await withProject();
    expect((await api.invoke('governance.addCompliance', { framework: 'nist_ai_rmf' })).value.added).toBe(19);
    expect((await api.invoke('governance.addCompliance', { framework: 'nist_ai_rmf' })).value.added).toBe(0);
    expect((await api.invoke('governance.addCompliance', { framework: 'eu_ai_act' })).value.added).toBeGreaterThanOrEqual(10);
    expect((await api.invoke('monitoring.addFromLibrary', { libraryIds: ['adopt-wau', 'ops-latency'] })).value.added).toBe(2);
    expect((await api.invoke('monitoring.addFromLibrary', { libraryIds: ['adopt-wau'] })).value.added).toBe(0);
    await api.invoke('governance.updateCharter', { patch: { purpose: 'Safe, useful assistant' } });
    const view = await api.invoke('governance.get', {});
    expect(view.charter.purpose).toBe('Safe, useful assistant');
    expect(view.compliance[0]).toMatchObject({ framework: 'nist_ai_rmf', ref: 'GV-1', applies: 'unsure', status: 'not_started' });
  });
});

describe('the sample project', () => {
  it('opens with every operations area populated and shows them on the overview', async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.openSample', {});
    const [pilot, deployment, monitoring, governance, overview] = await Promise.all([
      api.invoke('pilot.get', {}), api.invoke('deployment.get', {}), api.invoke('monitoring.get', {}), api.invoke('governance.get', {}), api.invoke('ops.overview', {}),
    ]);
    expect(pilot.groups.length).toBeGreaterThanOrEqual(2);
    expect(pilot.summary.criteria.measured).toBeLessThan(pilot.summary.criteria.total);
    expect(deployment.waves).toHaveLength(2);
    expect(deployment.waves[0]?.gate.status).toBe('go');
    expect(governance.risks.length).toBeGreaterThanOrEqual(12);
    expect(governance.policies.filter((p) => p.overdue)).toHaveLength(1);
    expect(monitoring.kpis.filter((k) => k.summary.status === 'critical')).toHaveLength(1);
    expect(overview.offTargetKpis[0]?.status).toBe('critical');
    expect(overview.heatMap.flat().reduce((a, b) => a + b, 0)).toBe(overview.openRisks);
    // Decisions name the team's members with the go/no-go right (step 1's sample), by id and by name.
    const deciders = (await api.invoke('ops.people', {})).members.filter((m) => m.canDecide);
    const margaret = deciders.find((m) => m.name === 'Margaret Hale');
    expect(pilot.decisions[0]).toMatchObject({ decidedById: margaret?.id, decidedByName: 'Margaret Hale' });
    expect(deployment.waves[0]?.gate.decision?.signOffs.map((s) => s.memberId)).toEqual(['Margaret Hale', 'Marcus Lindqvist'].map((n) => deciders.find((m) => m.name === n)?.id));
    expect(margaret?.id).toBeTruthy();
  });
});
