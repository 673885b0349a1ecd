import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../shared/rules/schedule/calendar';
import { computeSchedule, type ScheduledTask } from '../../../shared/rules/schedule/engine';
import { rescheduleChange } from '../../../shared/rules/schedule/reschedule';
import { link, plan, task } from './fixtures';

const byId = (tasks: ScheduledTask[]) => Object.fromEntries(tasks.map((t) => [t.id, t])) as Record<string, ScheduledTask>;
const dates = (t: ScheduledTask | undefined) => [t?.start, t?.finish];

// January 2027: Mon 4 .. Fri 8, (Sat 9, Sun 10), Mon 11 .. Fri 15, (Sat 16, Sun 17), Mon 18.
describe('fixed start and fixed finish', () => {
  it('a fixed start holds against later predecessors: it is critical and the predecessor shows the conflict as negative slack', () => {
    const fixed = task('B', 2, { constraintType: 'fixed', constraintDate: '2027-01-05' });
    const s = byId(computeSchedule(plan([task('A', 5), fixed, task('C', 1)], [link('A', 'B'), link('B', 'C')])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-05', '2027-01-06']);
    expect(s.B?.totalSlackDays).toBe(0);
    expect(s.B?.critical).toBe(true);
    // A (Mon 4 - Fri 8) would have to finish before B's fixed start on Tue 5: four working days too late.
    expect(s.A?.totalSlackDays).toBe(-4);
  });

  it('a fixed start also holds when its predecessors finish much earlier (it does not move forward)', () => {
    const fixed = task('B', 2, { constraintType: 'fixed', constraintDate: '2027-01-13' });
    const s = byId(computeSchedule(plan([task('A', 1), fixed], [link('A', 'B')])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-13', '2027-01-14']);
  });

  it('a fixed finish ends the task on that date, counting its working days back (across a weekend)', () => {
    const fixed = task('B', 3, { constraintType: 'fixed', constraintDate: '2027-01-12', constraintAnchor: 'finish' });
    const s = byId(computeSchedule(plan([fixed])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-08', '2027-01-12']);
  });

  it('a fixed finish on a non-working day ends the task on the working day before it', () => {
    const fixed = task('B', 2, { constraintType: 'fixed', constraintDate: '2027-01-10', constraintAnchor: 'finish' });
    expect(dates(byId(computeSchedule(plan([fixed])).tasks).B)).toEqual(['2027-01-07', '2027-01-08']);
  });

  it('a fixed finish holds against its predecessors (negative slack) and its successors follow it', () => {
    const fixed = task('B', 2, { constraintType: 'fixed', constraintDate: '2027-01-06', constraintAnchor: 'finish' });
    const s = byId(computeSchedule(plan([task('A', 5), fixed, task('C', 1)], [link('A', 'B'), link('B', 'C')])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-05', '2027-01-06']);
    expect(s.B?.critical).toBe(true);
    expect(s.A?.totalSlackDays).toBe(-4);
    expect(s.C?.start).toBe('2027-01-07');
  });

  it('finish no earlier than: the finish is the date or later, if predecessors push it', () => {
    const fnet = task('B', 2, { constraintType: 'snet', constraintDate: '2027-01-12', constraintAnchor: 'finish' });
    expect(dates(byId(computeSchedule(plan([task('A', 1), fnet], [link('A', 'B')])).tasks).B)).toEqual(['2027-01-11', '2027-01-12']);
    expect(dates(byId(computeSchedule(plan([task('A', 8), fnet], [link('A', 'B')])).tasks).B)).toEqual(['2027-01-14', '2027-01-15']);
  });

  it('a milestone with a fixed finish sits on that date like one with a fixed start', () => {
    const m = task('M', 0, { constraintType: 'fixed', constraintDate: '2027-01-13', constraintAnchor: 'finish' });
    expect(dates(byId(computeSchedule(plan([m])).tasks).M)).toEqual(['2027-01-13', '2027-01-13']);
  });
});

describe('what a drag stores', () => {
  const calendar = new WorkCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidays: [] }, '2027-01-04');
  const base = { isMilestone: false, durationDays: 3, constraintType: 'asap' as const, constraintAnchor: 'start' as const, actualFinish: null };

  it('moving a task stores a start-no-earlier-than date at its new start, rolled to a working day', () => {
    expect(rescheduleChange(base, '2027-01-04', calendar, '2027-01-09')).toEqual({ shift: 5, duration: 3, changes: { constraintType: 'snet', constraintDate: '2027-01-11' } });
  });

  it('a fixed start stays fixed, at the new start', () => {
    expect(rescheduleChange({ ...base, constraintType: 'fixed' }, '2027-01-04', calendar, '2027-01-06').changes).toEqual({ constraintType: 'fixed', constraintDate: '2027-01-06' });
  });

  it('a fixed finish keeps holding the finish: the new last day of the bar', () => {
    const change = rescheduleChange({ ...base, constraintType: 'fixed', constraintAnchor: 'finish' }, '2027-01-04', calendar, '2027-01-07', '2027-01-11');
    expect(change.changes).toEqual({ constraintType: 'fixed', constraintDate: '2027-01-11' });
  });

  it('stretching a fixed-finish task moves its fixed finish with the bar end', () => {
    const change = rescheduleChange({ ...base, constraintType: 'fixed', constraintAnchor: 'finish' }, '2027-01-04', calendar, '2027-01-04', '2027-01-07');
    expect(change.changes).toEqual({ constraintType: 'fixed', constraintDate: '2027-01-07', durationDays: 4 });
  });

  it('a bar dropped where it was stores nothing', () => {
    expect(rescheduleChange(base, '2027-01-04', calendar, '2027-01-04', '2027-01-06').changes).toEqual({});
  });
});
