import { describe, expect, it } from 'vitest';
import { deploymentWarnings, summariseGate, wavePhase, type WaveWithGate } from '../../../shared/rules/deployment';
import type { GateDecision, Wave } from '../../../shared/schemas/deployment';

const wave = (over: Partial<Wave> = {}): Wave => ({
  id: 'w1', sortOrder: 0, name: 'Wave 1', audiences: '', headcount: 100, startDate: '2027-01-11', endDate: '2027-02-05', entryCriteria: '', exitCriteria: '',
  helpdeskReady: true, champions: '', hypercareDays: 14, rollbackPlan: 'Remove licences', ...over,
});
const decision = (outcome: GateDecision['outcome'], decidedOn: string, recordedAt = `${decidedOn}T09:00:00Z`): GateDecision => ({
  id: `${outcome}${recordedAt}`, waveId: 'w1', outcome, decidedOn, rationale: 'r', signOffs: [{ memberId: null, name: 'Dana', signedOn: decidedOn }], recordedAt, recordedBy: 'me',
});
const withGate = (w: Wave, decisions: GateDecision[] = [], met: boolean[] = []): WaveWithGate => ({ wave: w, gate: summariseGate(met.map((m) => ({ met: m })), decisions) });
const support = [{ text: 'Helpdesk staffed', done: true }];

describe('wave phases', () => {
  it('runs from planned through rollout and hypercare to complete', () => {
    expect(wavePhase(wave({ startDate: null }), '2027-01-01')).toBe('unscheduled');
    expect(wavePhase(wave(), '2027-01-10')).toBe('planned');
    expect(wavePhase(wave(), '2027-01-11')).toBe('in_progress');
    expect(wavePhase(wave(), '2027-02-05')).toBe('in_progress');
    expect(wavePhase(wave(), '2027-02-06')).toBe('hypercare');
    expect(wavePhase(wave(), '2027-02-19')).toBe('hypercare');
    expect(wavePhase(wave(), '2027-02-20')).toBe('complete');
    expect(wavePhase(wave({ endDate: null }), '2030-01-01')).toBe('in_progress');
  });
});

describe('gates', () => {
  it('is pending without a decision and follows the newest decision, keeping the history newest first', () => {
    expect(summariseGate([], []).status).toBe('pending');
    const gate = summariseGate([{ met: true }, { met: false }], [decision('no_go', '2026-11-10'), decision('go', '2026-11-20')]);
    expect(gate.status).toBe('go');
    expect(gate.history.map((d) => d.outcome)).toEqual(['go', 'no_go']);
    expect([gate.criteriaMet, gate.criteriaTotal]).toEqual([1, 2]);
    // A decision recorded later on the same day supersedes the earlier one.
    expect(summariseGate([], [decision('go', '2026-11-20', '2026-11-20T09:00:00Z'), decision('no_go', '2026-11-20', '2026-11-20T16:00:00Z')]).status).toBe('no_go');
  });
});

describe('deployment readiness', () => {
  it('asks for waves first', () => {
    expect(deploymentWarnings([], support, '2027-01-01')).toEqual(['No deployment wave planned yet']);
  });
  it('is quiet for a wave far ahead with a rollback plan and a checklist', () => {
    expect(deploymentWarnings([withGate(wave())], support, '2026-11-01')).toEqual([]);
  });
  it('warns within two weeks of the start without a go decision or helpdesk, and after a start without go', () => {
    const unready = wave({ helpdeskReady: false });
    expect(deploymentWarnings([withGate(unready)], support, '2027-01-01')).toEqual([
      'Wave "Wave 1" starts in 10 days and its gate has no go decision',
      'Helpdesk not ready for wave "Wave 1"',
    ]);
    expect(deploymentWarnings([withGate(wave(), [decision('no_go', '2027-01-08')])], support, '2027-01-12')).toEqual(['Wave "Wave 1" started without a go decision']);
    expect(deploymentWarnings([withGate(wave(), [decision('go', '2027-01-08')])], support, '2027-01-12')).toEqual([]);
  });
  it('warns about a missing rollback plan or start, a go with unmet criteria and open support items before the first wave', () => {
    expect(deploymentWarnings([withGate(wave({ rollbackPlan: ' ', startDate: null }))], support, '2027-01-01')).toEqual([
      'Wave "Wave 1" has no start date',
      'Wave "Wave 1" has no rollback plan',
    ]);
    expect(deploymentWarnings([withGate(wave(), [decision('go', '2026-12-01')], [true, false, false])], support, '2026-12-01')).toEqual([
      'Go decided for wave "Wave 1" with 2 gate criteria not met',
    ]);
    expect(deploymentWarnings([withGate(wave(), [decision('go', '2026-12-01')])], [{ text: 'x', done: false }], '2027-01-05')).toEqual([
      '1 support readiness item open before the first wave',
    ]);
    expect(deploymentWarnings([withGate(wave())], [], '2026-11-01')).toEqual(['No support readiness checklist: is the helpdesk staffed from day one?']);
  });
});
