import { describe, expect, it } from 'vitest';
import type { BudgetHeadline } from '../../../shared/rules/budget/headline';
import { benefitRating, costRating, overallRating, qualityRating, riskRating, scopeRating, timeRating } from '../../../shared/reports/rag';

describe('RAG ratings of the executive summary', () => {
  it('time: late by more than two weeks is red, late or past-due tasks amber, else green; grey without dates', () => {
    expect(timeRating({ targetGoLive: '2027-06-30', scheduledFinish: '2027-07-15', overdueTasks: 0 })).toMatchObject({ rating: 'red', reason: expect.stringContaining('15 days after') });
    expect(timeRating({ targetGoLive: '2027-06-30', scheduledFinish: '2027-07-14', overdueTasks: 1 })).toMatchObject({ rating: 'amber', reason: expect.stringContaining('1 task past due') });
    expect(timeRating({ targetGoLive: '2027-06-30', scheduledFinish: '2027-06-20', overdueTasks: 2 }).rating).toBe('amber');
    expect(timeRating({ targetGoLive: '2027-06-30', scheduledFinish: '2027-06-30', overdueTasks: 0 }).rating).toBe('green');
    expect(timeRating({ targetGoLive: null, scheduledFinish: '2027-06-30', overdueTasks: 0 }).rating).toBe('grey');
  });

  it('cost follows the budget status and its reason', () => {
    const headline = (status: BudgetHeadline['status']) => ({ status, statusReason: `because ${status}` }) as BudgetHeadline;
    expect(costRating(headline('critical'))).toMatchObject({ rating: 'red', reason: 'because critical' });
    expect(costRating(headline('warning')).rating).toBe('amber');
    expect(costRating(headline('on_track')).rating).toBe('green');
    expect(costRating(headline('no_budget')).rating).toBe('grey');
    expect(costRating(null).rating).toBe('grey');
  });

  it('scope: a dropped must-have is red, one in draft amber', () => {
    expect(scopeRating([{ priority: 'must', status: 'dropped' }, { priority: 'must', status: 'agreed' }]).rating).toBe('red');
    expect(scopeRating([{ priority: 'must', status: 'draft' }, { priority: 'must', status: 'met' }])).toMatchObject({ rating: 'amber', reason: '1 of 2 must-have requirements still in draft.' });
    expect(scopeRating([{ priority: 'must', status: 'agreed' }, { priority: 'could', status: 'dropped' }]).rating).toBe('green');
    expect(scopeRating([]).rating).toBe('grey');
  });

  it('quality: a missed exit criterion is red; unmeasured ones or open blocking findings amber', () => {
    expect(qualityRating({ criteria: { total: 4, measured: 4, failed: 1 }, openBlockingFindings: 0 }).rating).toBe('red');
    expect(qualityRating({ criteria: { total: 4, measured: 3, failed: 0 }, openBlockingFindings: 0 }).rating).toBe('amber');
    expect(qualityRating({ criteria: { total: 4, measured: 4, failed: 0 }, openBlockingFindings: 1 }).rating).toBe('amber');
    expect(qualityRating({ criteria: { total: 4, measured: 4, failed: 0 }, openBlockingFindings: 0 }).rating).toBe('green');
    expect(qualityRating({ criteria: { total: 0, measured: 0, failed: 0 }, openBlockingFindings: 0 }).rating).toBe('grey');
  });

  it('benefit and risk count the worst statuses and ignore what has no data', () => {
    expect(benefitRating(['on_track', 'critical', 'no_data']).reason).toBe('1 of 2 measured KPIs beyond the critical threshold.');
    expect(benefitRating(['on_track', 'warning']).rating).toBe('amber');
    expect(benefitRating(['no_data']).rating).toBe('grey');
    expect(riskRating(['low', 'critical']).rating).toBe('red');
    expect(riskRating(['medium', 'high']).rating).toBe('amber');
    expect(riskRating(['medium', 'low']).rating).toBe('green');
  });

  it('overall is the worst rated dimension and names it', () => {
    const chip = (label: string, rating: 'red' | 'amber' | 'green' | 'grey') => ({ label, rating, reason: '' });
    expect(overallRating([chip('Time', 'amber'), chip('Cost', 'green'), chip('Risk', 'grey')])).toMatchObject({ rating: 'amber', reason: 'Amber on time.' });
    expect(overallRating([chip('Time', 'red'), chip('Benefit', 'red')]).reason).toBe('Red on time, benefit.');
    expect(overallRating([chip('Time', 'grey')]).rating).toBe('grey');
  });
});
