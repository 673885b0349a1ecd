import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../shared/schemas/common';
import { ProjectFields } from '../../shared/schemas/project';
import { StepPatch } from '../../shared/schemas/step';
import { computeStepStatus, stepProgress, summariseStep } from '../../shared/rules/step-status';
import { STEPS, STEP_KEYS } from '../../shared/steps';

describe('calendar dates', () => {
  it.each(['2026-01-31', '2028-02-29', '2026-12-01'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '26-01-01', '2026-1-1', '2026-01-01T00:00', ''])('refuses %s', (d) =>
    expect(isIsoDate(d)).toBe(false),
  );
});

describe('project fields', () => {
  const valid = { name: 'Plan', organisation: '', description: '', plannedStart: '2027-01-04', targetGoLive: '2027-01-04', currency: 'EUR' };
  it('accepts a go-live on the start day and trims the name', () => {
    expect(ProjectFields.parse({ ...valid, name: '  Plan  ' }).name).toBe('Plan');
  });
  it('puts the go-live rule on the go-live field', () => {
    const result = ProjectFields.safeParse({ ...valid, targetGoLive: '2027-01-03' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['targetGoLive']);
  });
  it('refuses a blank name and an unknown currency', () => {
    const result = ProjectFields.safeParse({ ...valid, name: '   ', currency: 'XXX' });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(['currency', 'name']);
  });
});

describe('step status', () => {
  it('weights progress by duration and counts milestones as one day', () => {
    expect(stepProgress([{ durationDays: 9, percentComplete: 100 }, { durationDays: 0, percentComplete: 0 }])).toEqual({ taskCount: 2, percentComplete: 90 });
    expect(stepProgress([])).toEqual({ taskCount: 0, percentComplete: 0 });
  });

  it('goes from not started to in progress to done', () => {
    const none = [{ durationDays: 2, percentComplete: 0 }];
    const some = [{ durationDays: 2, percentComplete: 10 }, { durationDays: 2, percentComplete: 0 }];
    const all = [{ durationDays: 2, percentComplete: 100 }];
    expect(computeStepStatus(stepProgress(none), none, [])).toBe('not_started');
    expect(computeStepStatus(stepProgress(some), some, [])).toBe('in_progress');
    expect(computeStepStatus(stepProgress(all), all, [])).toBe('done');
    expect(computeStepStatus(stepProgress(all), all, [{ stepKey: 'team', message: 'No sponsor' }])).toBe('attention');
  });

  it('lets a manual override win while keeping the computed status', () => {
    const summary = summariseStep({ key: 'pilot', statusOverride: 'done', overrideReason: 'Agreed', notes: '' }, [], []);
    expect(summary).toMatchObject({ status: 'done', computedStatus: 'not_started' });
  });

  it('asks for a reason with an override', () => {
    expect(StepPatch.safeParse({ statusOverride: 'done', overrideReason: ' ' }).success).toBe(false);
    expect(StepPatch.safeParse({ statusOverride: 'done', overrideReason: 'Signed off' }).success).toBe(true);
    expect(StepPatch.safeParse({}).success).toBe(false);
  });

  it('has the ten steps in order', () => {
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(STEPS.map((s) => s.key)).toEqual([...STEP_KEYS]);
  });
});
