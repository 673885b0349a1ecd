import { describe, expect, it } from 'vitest';
import { governanceWarnings, heatMap, isPastDue, plotPosition, policyOverdue, riskLevel, riskScore, type GovernanceRecords } from '../../../shared/rules/governance';
import { IncidentFields, RiskFields, residualAsPair, reviewBeforeClosing } from '../../../shared/schemas/governance';
import type { Risk } from '../../../shared/schemas/governance';

const risk = (over: Partial<Risk> = {}): Risk => ({
  id: 'r1', sortOrder: 0, title: 'Leak', category: 'own:data-leakage', cause: '', likelihood: 4, impact: 5, owner: 'CISO', treatment: 'mitigate',
  residualLikelihood: 2, residualImpact: 4, reviewDate: '2027-01-01', status: 'open', ...over,
});

describe('risk scoring', () => {
  it('multiplies likelihood and impact and bands the score', () => {
    expect(riskScore(4, 5)).toBe(20);
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(riskLevel)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });
  it('plots residual risk where documented, else the inherent position', () => {
    expect(plotPosition(risk(), 'residual')).toEqual({ likelihood: 2, impact: 4 });
    expect(plotPosition(risk(), 'inherent')).toEqual({ likelihood: 4, impact: 5 });
    expect(plotPosition(risk({ residualLikelihood: null, residualImpact: null }), 'residual')).toEqual({ likelihood: 4, impact: 5 });
  });
  it('counts open risks per cell and leaves closed ones out', () => {
    const counts = heatMap([risk(), risk({ id: 'r2' }), risk({ id: 'r3', likelihood: 1, impact: 1 }), risk({ id: 'r4', status: 'closed' })], 'inherent');
    expect(counts[3]?.[4]).toBe(2);
    expect(counts[0]?.[0]).toBe(1);
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(3);
    expect(heatMap([risk()], 'residual')[1]?.[3]).toBe(1);
  });
});

describe('dates', () => {
  it('is past due from the day after the date; retired policies never are', () => {
    expect(isPastDue('2026-11-20', '2026-11-20')).toBe(false);
    expect(isPastDue('2026-11-20', '2026-11-21')).toBe(true);
    expect(isPastDue(null, '2030-01-01')).toBe(false);
    expect(policyOverdue({ reviewDate: '2026-10-31', status: 'approved' }, '2026-11-22')).toBe(true);
    expect(policyOverdue({ reviewDate: '2026-10-31', status: 'retired' }, '2026-11-22')).toBe(false);
  });
});

describe('record rules', () => {
  it('needs residual likelihood and impact together', () => {
    const fields = { title: 'x', category: 'LLM01', cause: '', likelihood: 3, impact: 3, owner: '', treatment: 'mitigate', residualLikelihood: 2, residualImpact: null, reviewDate: null, status: 'open' };
    expect(RiskFields.superRefine(residualAsPair).safeParse(fields).error?.issues.map((i) => i.path)).toEqual([['residualImpact']]);
    expect(RiskFields.safeParse({ ...fields, likelihood: 6 }).error?.issues[0]?.message).toBe('Likelihood is at most 5');
  });
  it('closes an incident only after its post-incident review', () => {
    const incident = { title: 'x', occurredOn: '2026-10-28', severity: 'medium', description: '', containment: '', investigation: '', remediation: '', postIncidentReview: '', status: 'closed' };
    expect(IncidentFields.superRefine(reviewBeforeClosing).safeParse(incident).success).toBe(false);
    expect(IncidentFields.superRefine(reviewBeforeClosing).safeParse({ ...incident, postIncidentReview: 'Held' }).success).toBe(true);
  });
});

describe('governance readiness', () => {
  const quiet: GovernanceRecords = {
    risks: [risk()], controls: [{ name: 'DLP', result: 'passed' }], controlsPerRisk: new Map([['r1', 1]]),
    policies: [{ title: 'AUP', reviewDate: '2027-05-01', status: 'approved' }], reviewers: [{ name: 'Ana', signedOn: '2026-10-01' }],
    drills: [{ title: 'Tabletop', plannedOn: '2026-10-21', heldOn: '2026-10-21' }], incidents: [], contingencyPlans: 1, compliance: [{ applies: 'yes', status: 'done' }],
  };
  it('is quiet when risks are owned and controlled, reviews current, the charter signed and a drill held', () => {
    expect(governanceWarnings(quiet, '2026-11-22')).toEqual([]);
  });
  it('names each gap', () => {
    const gaps: GovernanceRecords = {
      ...quiet,
      risks: [risk({ owner: '', reviewDate: '2026-11-01' }), risk({ id: 'r2', treatment: 'accept' }), risk({ id: 'r3', status: 'closed', owner: '' })],
      controlsPerRisk: new Map(),
      controls: [{ name: 'DLP', result: 'failed' }],
      policies: [{ title: 'Transparency notice', reviewDate: '2026-10-31', status: 'approved' }],
      reviewers: [{ name: 'Ana', signedOn: null }],
      drills: [{ title: 'Outage', plannedOn: '2026-11-01', heldOn: null }],
      incidents: [{ title: 'A', status: 'resolved', severity: 'low' }, { title: 'B', status: 'open', severity: 'critical' }],
      contingencyPlans: 0,
      compliance: [{ applies: 'unsure', status: 'not_started' }],
    };
    expect(governanceWarnings(gaps, '2026-11-22')).toEqual([
      '1 high risk has no control linked',
      '1 risk has no owner',
      '1 risk review is overdue',
      '1 control failed its last test',
      'Policy "Transparency notice" is overdue for review',
      '1 charter reviewer has not signed off',
      'No incident response drill held yet',
      'Drill "Outage" was planned but not held',
      '1 resolved incident awaits its post-incident review',
      '1 high-severity incident is open',
      'No contingency plans: what happens if the model or the vendor fails?',
      '1 compliance item needs a decision whether it applies',
    ]);
    expect(governanceWarnings({ ...quiet, risks: [], reviewers: [] }, '2026-11-22')).toEqual(['The risk register is empty', 'The governance charter has no reviewers']);
  });
});
