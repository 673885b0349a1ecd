import { describe, expect, it } from 'vitest';
import { communicationsWarnings, groupsNotReached, overdueConcerns, type CommunicationsInput } from '../../../shared/rules/communications';

const base: CommunicationsInput = {
  groups: [{ id: 'g1', name: 'Board' }, { id: 'g2', name: 'Works council' }, { id: 'g3', name: 'Staff' }],
  commItems: [
    { groupId: 'g1', plannedDate: '2027-01-10', status: 'sent' },
    { groupId: 'g2', plannedDate: '2027-02-28', status: 'planned' },
    { groupId: 'g3', plannedDate: '2027-03-02', status: 'planned' },
  ],
  feedback: [],
  pilotStart: '2027-03-01',
  today: '2027-01-15',
};

describe('step 5 readiness', () => {
  it('wants every group reached before the pilot starts', () => {
    const [warning] = groupsNotReached(base);
    expect(warning?.message).toBe('Staff is not reached before the pilot starts on 1 Mar 2027. Plan at least one communication for each dated before then.');
    expect(groupsNotReached({ ...base, pilotStart: '2027-03-03' })).toEqual([]);
  });

  it('does not count cancelled communications, and counts any date when the pilot is not dated', () => {
    const cancelled = { ...base, commItems: base.commItems.map((c) => (c.groupId === 'g1' ? { ...c, status: 'cancelled' as const } : c)) };
    expect(groupsNotReached(cancelled)[0]?.message).toMatch(/^Board and Staff are not reached before the pilot/);
    const undated = groupsNotReached({ ...base, pilotStart: null });
    expect(undated).toEqual([]);
    expect(groupsNotReached({ ...base, commItems: [], pilotStart: null })[0]?.message).toBe('Board, Works council and Staff are not reached by any planned communication. Plan at least one communication for each.');
  });

  it('flags open concerns past their target date only', () => {
    const feedback = [
      { concern: 'Who covers the phones?', status: 'open' as const, targetDate: '2027-01-14' },
      { concern: 'Is my job at risk?', status: 'open' as const, targetDate: '2027-01-15' },
      { concern: 'Monitoring?', status: 'answered' as const, targetDate: '2026-12-01' },
      { concern: 'No date', status: 'open' as const, targetDate: null },
    ];
    const [warning] = overdueConcerns({ ...base, feedback });
    expect(warning?.message).toBe('The concern "Who covers the phones?" (due 14 Jan 2027) is still open past its target date. Answer it, or agree a new date with the group.');
    expect(warning?.fix?.target).toBe('communications-feedback');
    expect(communicationsWarnings({ ...base, feedback, today: '2027-02-01' }).map((w) => w.message)).toEqual([
      'Staff is not reached before the pilot starts on 1 Mar 2027. Plan at least one communication for each dated before then.',
      expect.stringMatching(/^2 concerns are still open past their target dates: "Who covers the phones\?" \(due 14 Jan 2027\) and "Is my job at risk\?" \(due 15 Jan 2027\)/),
    ]);
  });
});
