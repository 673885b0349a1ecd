import { describe, expect, it } from 'vitest';
import { computeSchedule, type ScheduledTask } from '../../../shared/rules/schedule/engine';
import { ScheduleCycleError } from '../../../shared/rules/schedule/cycles';
import { link, phase, plan, task } from './fixtures';

function byId(tasks: ScheduledTask[]): Record<string, ScheduledTask> {
  return Object.fromEntries(tasks.map((t) => [t.id, t]));
}

const dates = (t: ScheduledTask | undefined) => [t?.start, t?.finish];

// January 2027: Mon 4, Tue 5, Wed 6, Thu 7, Fri 8, (Sat 9, Sun 10), Mon 11, Tue 12, Wed 13, Thu 14, Fri 15.
describe('durations on the working-day calendar', () => {
  it('a task of d days finishes on the (d-1)-th working day after its start, skipping weekends', () => {
    const s = byId(computeSchedule(plan([task('A', 3), task('B', 7)])).tasks);
    expect(dates(s.A)).toEqual(['2027-01-04', '2027-01-06']);
    expect(dates(s.B)).toEqual(['2027-01-04', '2027-01-12']);
  });

  it('skips holidays like weekends', () => {
    const s = byId(computeSchedule(plan([task('A', 3)], [], ['2027-01-05'])).tasks);
    expect(dates(s.A)).toEqual(['2027-01-04', '2027-01-07']);
  });

  it('starts a project that begins on a Saturday on the Monday after', () => {
    const result = computeSchedule(plan([task('A', 1)], [], [], '2027-01-09'));
    expect(result.projectStart).toBe('2027-01-11');
    expect(dates(byId(result.tasks).A)).toEqual(['2027-01-11', '2027-01-11']);
  });

  it('follows another working week (Sunday to Thursday)', () => {
    const input = { ...plan([task('A', 3)]), calendar: { workingWeekdays: [0, 1, 2, 3, 4], holidays: [] }, projectStart: '2027-01-07' };
    // Thu 7, (Fri 8, Sat 9 off), Sun 10, Mon 11.
    expect(dates(byId(computeSchedule(input).tasks).A)).toEqual(['2027-01-07', '2027-01-11']);
  });
});

describe('dependency types and lags', () => {
  it('finish-to-start: the next working day after the predecessor finishes', () => {
    const s = byId(computeSchedule(plan([task('A', 3), task('B', 2)], [link('A', 'B')])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-07', '2027-01-08']);
  });

  it('finish-to-start across a weekend and a holiday', () => {
    const s = byId(computeSchedule(plan([task('A', 5), task('B', 1)], [link('A', 'B')], ['2027-01-11'])).tasks);
    expect(dates(s.A)).toEqual(['2027-01-04', '2027-01-08']);
    expect(dates(s.B)).toEqual(['2027-01-12', '2027-01-12']);
  });

  it('finish-to-start with a lag counts working days after that day', () => {
    const s = byId(computeSchedule(plan([task('A', 3), task('B', 1)], [link('A', 'B', 'FS', 2)])).tasks);
    expect(s.B?.start).toBe('2027-01-11');
  });

  it('finish-to-start with a negative lag overlaps the predecessor', () => {
    const s = byId(computeSchedule(plan([task('A', 5), task('B', 2)], [link('A', 'B', 'FS', -2)])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-07', '2027-01-08']);
  });

  it('start-to-start with a lag', () => {
    const s = byId(computeSchedule(plan([task('A', 5), task('B', 2)], [link('A', 'B', 'SS', 2)])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-06', '2027-01-07']);
  });

  it('finish-to-finish with a lag', () => {
    const s = byId(computeSchedule(plan([task('A', 3), task('B', 2)], [link('A', 'B', 'FF', 1)])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-06', '2027-01-07']);
  });

  it('start-to-finish: finishes the working day before the predecessor starts, plus the lag', () => {
    const a = task('A', 2, { constraintType: 'snet', constraintDate: '2027-01-11' });
    const zero = byId(computeSchedule(plan([a, task('B', 2)], [link('A', 'B', 'SF')])).tasks);
    expect(dates(zero.B)).toEqual(['2027-01-07', '2027-01-08']);
    const lagged = byId(computeSchedule(plan([a, task('B', 2)], [link('A', 'B', 'SF', 2)])).tasks);
    expect(dates(lagged.B)).toEqual(['2027-01-11', '2027-01-12']);
  });

  it('never starts before the project start, whatever the negative lag', () => {
    const s = byId(computeSchedule(plan([task('A', 1), task('B', 3)], [link('A', 'B', 'FS', -5)])).tasks);
    expect(s.B?.start).toBe('2027-01-04');
  });

  it('takes the latest of several predecessors', () => {
    const s = byId(computeSchedule(plan([task('A', 2), task('B', 6), task('C', 1)], [link('A', 'C'), link('B', 'C')])).tasks);
    expect(s.C?.start).toBe('2027-01-12');
  });

  it('ignores links to or from a phase (phases are summaries of their tasks)', () => {
    const s = byId(computeSchedule(plan([task('A', 2)], [link('P', 'A', 'FS', 10)])).tasks);
    expect(s.A?.start).toBe('2027-01-04');
  });
});

describe('milestones', () => {
  it('a milestone after a task sits on its finish date; a task after the milestone starts the next working day', () => {
    const s = byId(computeSchedule(plan([task('A', 5), task('M', 0), task('B', 1)], [link('A', 'M'), link('M', 'B')])).tasks);
    expect(dates(s.M)).toEqual(['2027-01-08', '2027-01-08']);
    expect(s.M?.isMilestone).toBe(true);
    expect(s.M?.durationDays).toBe(0);
    expect(s.B?.start).toBe('2027-01-11');
  });

  it('a milestone with nothing before it sits on the project start', () => {
    const s = byId(computeSchedule(plan([task('M', 0)])).tasks);
    expect(dates(s.M)).toEqual(['2027-01-04', '2027-01-04']);
  });

  it('a milestone constrained to a date shows on that date', () => {
    const s = byId(computeSchedule(plan([task('M', 0, { constraintType: 'snet', constraintDate: '2027-01-13' })])).tasks);
    expect(s.M?.start).toBe('2027-01-13');
  });
});

describe('constraints and actual dates', () => {
  it('start no earlier than: respected, rolled to a working day, and outweighed by later predecessors', () => {
    const constrained = task('B', 1, { constraintType: 'snet', constraintDate: '2027-01-09' });
    expect(byId(computeSchedule(plan([task('A', 1), constrained], [link('A', 'B')])).tasks).B?.start).toBe('2027-01-11');
    expect(byId(computeSchedule(plan([task('A', 10), constrained], [link('A', 'B')])).tasks).B?.start).toBe('2027-01-18');
  });

  it('a fixed start holds even against its predecessors, and shows negative slack when that is too late', () => {
    const fixed = task('B', 2, { constraintType: 'fixed', constraintDate: '2027-01-05' });
    const s = byId(computeSchedule(plan([task('A', 5), fixed, task('C', 1)], [link('A', 'B'), link('B', 'C')])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-05', '2027-01-06']);
    expect(s.C?.start).toBe('2027-01-07');
  });

  it('an actual start pins the task; an actual finish sets its length', () => {
    const started = task('B', 3, { actualStart: '2027-01-12' });
    const done = task('C', 3, { actualStart: '2027-01-04', actualFinish: '2027-01-11' });
    const s = byId(computeSchedule(plan([task('A', 1), started, done], [link('A', 'B')])).tasks);
    expect(dates(s.B)).toEqual(['2027-01-12', '2027-01-14']);
    expect(dates(s.C)).toEqual(['2027-01-04', '2027-01-11']);
    expect(s.C?.durationDays).toBe(6);
  });
});

describe('critical path and slack', () => {
  // Worked by hand in docs/scheduling.md: A(3), B(4), C(2) after A, D(5) after A, E(1) after B and C, F(2) after D and E.
  // Early starts A0 B0 C3 D3 E5 F8, end 10; late starts A0 B3 C5 D3 E7 F8; slack A0 B3 C2 D0 E2 F0.
  const network = plan(
    [task('A', 3), task('B', 4), task('C', 2), task('D', 5), task('E', 1), task('F', 2)],
    [link('A', 'C'), link('A', 'D'), link('B', 'E'), link('C', 'E'), link('D', 'F'), link('E', 'F')],
  );

  it('finds the textbook answer', () => {
    const result = computeSchedule(network);
    const s = byId(result.tasks);
    const slack = Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F'].map((id) => [id, s[id]?.totalSlackDays]));
    expect(slack).toEqual({ A: 0, B: 3, C: 2, D: 0, E: 2, F: 0 });
    expect(result.tasks.filter((t) => t.critical).map((t) => t.id)).toEqual(['A', 'D', 'F']);
    // Ten working days from Monday 4 January: the project finishes on Friday 15 January.
    expect(result.projectFinish).toBe('2027-01-15');
    expect([s.E?.lateStart, s.E?.lateFinish]).toEqual(['2027-01-13', '2027-01-13']);
  });

  it('counts lags on the critical path', () => {
    const result = computeSchedule(plan([task('A', 2), task('B', 2), task('C', 1)], [link('A', 'C', 'FS', 3), link('B', 'C')]));
    const s = byId(result.tasks);
    expect([s.A?.critical, s.B?.critical, s.C?.critical]).toEqual([true, false, true]);
    expect(s.B?.totalSlackDays).toBe(3);
  });

  it('carries slack through start-to-start and finish-to-finish links', () => {
    const s = byId(computeSchedule(plan([task('A', 10), task('B', 2), task('C', 4)], [link('A', 'B', 'SS', 1), link('B', 'C', 'FF')])).tasks);
    // B starts day 1 and finishes day 2; C must finish no earlier than B: C runs days 0-3 and the project ends with A on day 9.
    expect(s.A?.critical).toBe(true);
    expect(s.B?.totalSlackDays).toBe(7);
    expect(s.C?.totalSlackDays).toBe(6);
  });
});

describe('cycles', () => {
  it('names the tasks of the cycle in order', () => {
    const input = plan([task('A', 1), task('B', 1), task('C', 1), task('D', 1)], [link('D', 'A'), link('A', 'B'), link('B', 'C'), link('C', 'A')]);
    let caught: unknown;
    try {
      computeSchedule(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScheduleCycleError);
    const ids = (caught as ScheduleCycleError).taskIds;
    expect([...ids].sort()).toEqual(['A', 'B', 'C']);
    // In dependency order: each one is the predecessor of the next.
    const rotated = [...ids.slice(ids.indexOf('A')), ...ids.slice(0, ids.indexOf('A'))];
    expect(rotated).toEqual(['A', 'B', 'C']);
  });
});

describe('summary roll-up', () => {
  it('spans the children, rolls progress up by duration and nests', () => {
    const input = plan([
      task('A', 10, { percentComplete: 50 }),
      { ...phase('S', 'P') },
      task('B', 2, { parentId: 'S', percentComplete: 100, constraintType: 'snet', constraintDate: '2027-01-18' }),
      task('M', 0, { parentId: 'S', percentComplete: 100 }),
    ]);
    const s = byId(computeSchedule(input).tasks);
    expect(s.S?.isSummary).toBe(true);
    expect(dates(s.S)).toEqual(['2027-01-04', '2027-01-19']);
    // S: (2 x 100 + 1 x 100) / 3 = 100; P: (10 x 50 + 3 x 100) / 13 = 61.5 -> 62.
    expect(s.S?.percentComplete).toBe(100);
    expect(dates(s.P)).toEqual(['2027-01-04', '2027-01-19']);
    expect(s.P?.percentComplete).toBe(62);
    expect(s.P?.durationDays).toBe(12);
  });

  it('leaves a phase without tasks undated', () => {
    const s = byId(computeSchedule(plan([])).tasks);
    expect(s.P).toMatchObject({ isSummary: true, start: null, finish: null, percentComplete: 0 });
  });
});

describe('speed', () => {
  it('schedules 5,000 tasks with 4,000 links in well under 50 ms', () => {
    const tasks = [phase()];
    const links = [];
    for (let i = 0; i < 5_000; i++) tasks.push(task(`T${i}`, 1 + (i % 9)));
    for (let i = 1; i < 5_000 && links.length < 4_000; i++) {
      // Each task hangs off one of the 50 before it: long chains, like a real plan.
      links.push(link(`T${i - 1 - ((i * 7919) % Math.min(i, 50))}`, `T${i}`, (['FS', 'SS', 'FF', 'SF'] as const)[i % 4], (i % 5) - 2));
    }
    const input = { projectStart: '2027-01-04', calendar: { workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2027-04-02', '2027-12-24'] }, tasks, dependencies: links };
    computeSchedule(input); // warm up the JIT
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      computeSchedule(input);
      runs.push(performance.now() - started);
    }
    const best = Math.min(...runs);
    console.info(`schedule of 5,000 tasks / 4,000 links: best ${best.toFixed(1)} ms, runs ${runs.map((r) => r.toFixed(1)).join(', ')}`);
    expect(best).toBeLessThan(50);
  });
});
