import { describe, expect, it } from 'vitest';
import { compare, criterionResult, isOpenBlockingFinding, latestDecision, pilotWarnings, summarisePilot } from '../../../shared/rules/pilot';
import type { PilotDecision } from '../../../shared/schemas/pilot';

const group = (startDate: string | null, endDate: string | null) => ({ startDate, endDate });
const decision = (outcome: PilotDecision['outcome'], decidedOn: string, recordedAt = `${decidedOn}T10:00:00Z`): PilotDecision => ({
  id: `${outcome}-${decidedOn}-${recordedAt}`, outcome, decidedOn, decidedById: null, decidedByName: 'Dana', rationale: 'r', recordedAt, recordedBy: 'me',
});

describe('exit criteria', () => {
  it('compares at least, at most and exactly (with rounding tolerance)', () => {
    expect(compare(60, 'gte', 60)).toBe(true);
    expect(compare(59.9, 'gte', 60)).toBe(false);
    expect(compare(5, 'lte', 5)).toBe(true);
    expect(compare(5.01, 'lte', 5)).toBe(false);
    expect(compare(1, 'eq', 1)).toBe(true);
    expect(compare(100.05, 'eq', 100)).toBe(true);
    expect(compare(101, 'eq', 100)).toBe(false);
  });

  it('is not measured until a value exists, then passes or fails', () => {
    expect(criterionResult({ measured: null, comparison: 'gte', target: 60 })).toBe('not_measured');
    expect(criterionResult({ measured: 72, comparison: 'gte', target: 60 })).toBe('pass');
    expect(criterionResult({ measured: 3.7, comparison: 'gte', target: 4 })).toBe('fail');
    expect(criterionResult({ measured: 0, comparison: 'lte', target: 0 })).toBe('pass');
  });
});

describe('findings', () => {
  it('blocks only on open or in-progress findings of high or critical severity', () => {
    expect(isOpenBlockingFinding({ severity: 'high', status: 'open' })).toBe(true);
    expect(isOpenBlockingFinding({ severity: 'critical', status: 'in_progress' })).toBe(true);
    expect(isOpenBlockingFinding({ severity: 'high', status: 'resolved' })).toBe(false);
    expect(isOpenBlockingFinding({ severity: 'high', status: 'accepted' })).toBe(false);
    expect(isOpenBlockingFinding({ severity: 'medium', status: 'open' })).toBe(false);
  });
});

describe('the pilot summary', () => {
  const measured = [{ measured: 70, comparison: 'gte' as const, target: 60 }];
  it('moves from not planned to planned, running and awaiting a decision with the dates', () => {
    expect(summarisePilot([], [], [], [], '2026-11-01').phase).toBe('not_planned');
    const groups = [group('2026-10-05', '2026-12-04'), group('2026-10-12', '2026-12-04')];
    expect(summarisePilot(groups, [], [], [], '2026-10-01').phase).toBe('planned');
    expect(summarisePilot(groups, [], [], [], '2026-10-05').phase).toBe('running');
    expect(summarisePilot(groups, [], [], [], '2026-12-04').phase).toBe('running');
    expect(summarisePilot(groups, [], [], [], '2026-12-05').phase).toBe('awaiting_decision');
    // A group without an end date keeps the pilot running.
    expect(summarisePilot([...groups, group('2026-10-05', null)], [], [], [], '2027-01-01').phase).toBe('running');
  });

  it('is decided by proceed or stop; an extension sends it back to running', () => {
    const groups = [group('2026-10-05', '2026-12-04')];
    expect(summarisePilot(groups, [], [], [decision('stop', '2026-12-06')], '2026-12-10').phase).toBe('decided');
    expect(summarisePilot(groups, [], [], [decision('extend', '2026-11-13')], '2026-11-20').phase).toBe('running');
  });

  it('uses the newest decision: by decision date, then by when it was recorded', () => {
    const older = decision('extend', '2026-11-13');
    const newer = decision('proceed', '2026-11-20');
    expect(latestDecision([newer, older])?.outcome).toBe('proceed');
    const sameDayLater = decision('stop', '2026-11-20', '2026-11-20T15:00:00Z');
    expect(latestDecision([newer, sameDayLater, older])?.outcome).toBe('stop');
    expect(latestDecision([])).toBeNull();
  });

  it('counts criteria and blocking findings and is ready to decide only when all is measured and nothing blocks', () => {
    const criteria = [...measured, { measured: null, comparison: 'lte' as const, target: 5 }, { measured: 3, comparison: 'gte' as const, target: 4 }];
    const summary = summarisePilot([group('2026-10-05', '2026-12-04')], criteria, [{ severity: 'high', status: 'open' }, { severity: 'low', status: 'open' }], [], '2026-11-01');
    expect(summary.criteria).toEqual({ total: 3, measured: 2, passed: 1, failed: 1 });
    expect(summary.openFindings).toBe(2);
    expect(summary.openBlockingFindings).toBe(1);
    expect(summary.readyToDecide).toBe(false);
    expect(summarisePilot([group('2026-10-05', '2026-12-04')], measured, [], [], '2026-11-01').readyToDecide).toBe(true);
    expect(summarisePilot([group('2026-10-05', '2026-12-04')], [], [], [], '2026-11-01').readyToDecide).toBe(false);
  });
});

describe('pilot readiness', () => {
  const base = summarisePilot([group('2026-10-05', '2026-12-04')], [{ measured: 70, comparison: 'gte', target: 60 }], [], [], '2026-11-01');
  it('asks for a group first', () => {
    expect(pilotWarnings(summarisePilot([], [], [], [], '2026-11-01'), 0)).toEqual(['No pilot group yet: choose a small but representative group']);
  });
  it('is quiet when everything is measured and nothing blocks', () => {
    expect(pilotWarnings(base, 1)).toEqual([]);
  });
  it('names open high-severity findings, unmeasured criteria, a missing decision and a proceed against failing criteria', () => {
    const s = summarisePilot([group('2026-10-05', '2026-11-04')], [{ measured: null, comparison: 'gte', target: 60 }, { measured: null, comparison: 'gte', target: 1 }], [{ severity: 'critical', status: 'open' }], [], '2026-11-10');
    expect(pilotWarnings(s, 1)).toEqual([
      '1 open high-severity pilot finding',
      '2 exit criteria not measured yet',
      'The pilot has ended: record the decision (proceed, extend or stop)',
    ]);
    const proceeded = summarisePilot([group('2026-10-05', '2026-11-04')], [{ measured: 1, comparison: 'gte', target: 60 }], [], [decision('proceed', '2026-11-06')], '2026-11-10');
    expect(pilotWarnings(proceeded, 1)).toEqual(['Decided to proceed although 1 exit criterion fails']);
    expect(pilotWarnings(summarisePilot([group(null, null)], [], [], [], '2026-11-10'), 1)).toEqual(['No exit criteria agreed for the pilot']);
  });
});
