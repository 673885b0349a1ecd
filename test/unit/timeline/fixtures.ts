import type { ScheduleInput, ScheduleLinkInput, ScheduleTaskInput } from '../../../shared/rules/schedule/engine';

/** Builds scheduler input with readable ids: one phase "P" holding the given leaf tasks. */
export function task(id: string, durationDays: number, extra: Partial<ScheduleTaskInput> = {}): ScheduleTaskInput {
  return {
    id,
    parentId: 'P',
    durationDays,
    isMilestone: durationDays === 0,
    percentComplete: 0,
    constraintType: 'asap',
    constraintDate: null,
    actualStart: null,
    actualFinish: null,
    ...extra,
  };
}

export const phase = (id = 'P', parentId: string | null = null): ScheduleTaskInput => ({ ...task(id, 0), parentId, isMilestone: false });

export function link(predecessorId: string, successorId: string, type: ScheduleLinkInput['type'] = 'FS', lagDays = 0): ScheduleLinkInput {
  return { predecessorId, successorId, type, lagDays };
}

/** Monday 4 January 2027; weekends off, no holidays unless given. */
export function plan(tasks: ScheduleTaskInput[], dependencies: ScheduleLinkInput[] = [], holidays: string[] = [], projectStart = '2027-01-04'): ScheduleInput {
  return { projectStart, calendar: { workingWeekdays: [1, 2, 3, 4, 5], holidays }, tasks: [phase(), ...tasks], dependencies };
}
