import { describe, expect, it } from 'vitest';
import { WorkCalendar, dayNumber, isoFromDayNumber, weekdayOf } from '../../../shared/rules/schedule/calendar';
import { cycleIfLinked, findPath } from '../../../shared/rules/schedule/cycles';
import { lateTasks, lateTasksWarning, varianceDays } from '../../../shared/rules/schedule/tracking';
import { outline } from '../../../shared/rules/schedule/wbs';
import type { ScheduledTask } from '../../../shared/rules/schedule/engine';
import { taskRuleIssues } from '../../../shared/schemas/task';

const weekdays = { workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2027-01-06'] };

describe('the working-day calendar', () => {
  it('converts dates and day numbers both ways, across leap days', () => {
    for (const iso of ['1970-01-01', '2024-02-29', '2027-12-31', '2031-03-01']) expect(isoFromDayNumber(dayNumber(iso))).toBe(iso);
    expect(weekdayOf(dayNumber('2027-01-04'))).toBe(1);
    expect(weekdayOf(dayNumber('1969-12-28'))).toBe(0);
  });

  it('numbers working days from the anchor, both ways, skipping weekends and holidays', () => {
    const calendar = new WorkCalendar(weekdays, '2027-01-04');
    expect([0, 1, 2, 3].map((o) => calendar.dateOf(o))).toEqual(['2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08']);
    expect([-1, -2].map((o) => calendar.dateOf(o))).toEqual(['2027-01-01', '2026-12-31']);
    expect(calendar.onOrAfter('2027-01-06')).toBe(2);
    expect(calendar.onOrBefore('2027-01-06')).toBe(1);
    expect(calendar.onOrAfter('2027-01-02')).toBe(0);
    expect(calendar.onOrBefore('2027-01-02')).toBe(-1);
    expect(calendar.onOrAfter('2026-12-30')).toBe(-3);
    expect(calendar.workingDaysBetween('2027-01-04', '2027-01-11')).toBe(5);
    expect(calendar.workingDaysBetween('2027-01-11', '2027-01-04')).toBe(0);
    expect(calendar.isWorkingDay('2027-01-06')).toBe(false);
  });

  it('refuses a week without working days', () => {
    expect(() => new WorkCalendar({ workingWeekdays: [], holidays: [] }, '2027-01-04')).toThrow(/at least one working weekday/);
  });
});

describe('cycles', () => {
  const links = [
    { predecessorId: 'A', successorId: 'B' },
    { predecessorId: 'B', successorId: 'C' },
    { predecessorId: 'A', successorId: 'C' },
  ];

  it('finds the shortest path and the loop a new link would close', () => {
    expect(findPath(links, 'A', 'C')).toEqual(['A', 'C']);
    expect(findPath(links, 'C', 'A')).toBeNull();
    expect(cycleIfLinked(links, 'C', 'A')).toEqual(['C', 'A']);
    expect(cycleIfLinked(links, 'C', 'B')).toEqual(['C', 'B']);
    expect(cycleIfLinked(links, 'A', 'C')).toBeNull();
    expect(cycleIfLinked(links, 'A', 'A')).toEqual(['A']);
  });
});

describe('outline numbers', () => {
  it('numbers phases, tasks and sub-tasks in plan order', () => {
    const rows = outline([
      { id: 'p2', parentId: null, sortOrder: 1 },
      { id: 'p1', parentId: null, sortOrder: 0 },
      { id: 'b', parentId: 'p1', sortOrder: 1 },
      { id: 'a', parentId: 'p1', sortOrder: 0 },
      { id: 'a1', parentId: 'a', sortOrder: 0 },
      { id: 'orphan', parentId: 'gone', sortOrder: 5 },
    ]);
    expect(rows.map((r) => `${r.wbs} ${r.task.id} ${r.depth}`)).toEqual(['1 p1 0', '1.1 a 1', '1.1.1 a1 2', '1.2 b 1', '2 p2 0', '3 orphan 0']);
  });
});

describe('tracking', () => {
  const task = (id: string, finish: string, percentComplete: number, isSummary = false) =>
    ({ id, isSummary, finish, percentComplete }) as ScheduledTask;

  it('finds late tasks: finished before today and not complete, leaves only', () => {
    const late = lateTasks([task('a', '2027-01-08', 50), task('b', '2027-01-08', 100), task('c', '2027-01-11', 0), task('p', '2027-01-01', 0, true)], '2027-01-11');
    expect(late.map((t) => t.id)).toEqual(['a']);
  });

  it('words the plan step warning', () => {
    expect(lateTasksWarning([])).toBeNull();
    expect(lateTasksWarning(['Pilot run'])).toBe('1 task is past its finish date and not complete: "Pilot run".');
    expect(lateTasksWarning(['a', 'b', 'c', 'd', 'e'])).toBe('5 tasks are past their finish date and not complete: "a", "b", "c" and 2 more.');
  });

  it('counts variance in working days', () => {
    const calendar = new WorkCalendar(weekdays, '2027-01-04');
    expect(varianceDays(calendar, '2027-01-11', '2027-01-05')).toBe(3);
    expect(varianceDays(calendar, '2027-01-05', '2027-01-11')).toBe(-3);
    expect(varianceDays(calendar, null, '2027-01-05')).toBeNull();
  });
});

describe('task rules', () => {
  const base = { constraintType: 'asap' as const, constraintDate: null, actualStart: null, actualFinish: null, isMilestone: false, durationDays: 3 };
  it('asks for the constraint date, ordered actual dates and a zero-length milestone', () => {
    expect(taskRuleIssues(base)).toEqual([]);
    expect(taskRuleIssues({ ...base, constraintType: 'snet' })[0]?.path).toEqual(['constraintDate']);
    expect(taskRuleIssues({ ...base, actualFinish: '2027-01-05' })[0]?.path).toEqual(['actualStart']);
    expect(taskRuleIssues({ ...base, actualStart: '2027-01-06', actualFinish: '2027-01-05' })[0]?.path).toEqual(['actualFinish']);
    expect(taskRuleIssues({ ...base, isMilestone: true })[0]?.path).toEqual(['durationDays']);
  });
});
