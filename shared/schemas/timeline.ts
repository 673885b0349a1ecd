import { z } from 'zod';
import { IsoDate, Name, Text, Uuid } from './common';
import type { ScheduledTask } from '../rules/schedule/engine';

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const WorkingWeekdays = z
  .array(z.number().int().min(0).max(6), { message: 'Choose the working days' })
  .min(1, 'Choose at least one working day')
  .refine((days) => new Set(days).size === days.length, 'Each weekday once');

export const Holiday = z.object({
  id: Uuid,
  date: IsoDate,
  label: Text(200),
});
export type Holiday = z.infer<typeof Holiday>;

export const HolidayCreate = z.object({ date: IsoDate, label: Text(200).default('') }).strict();
export type HolidayCreate = z.infer<typeof HolidayCreate>;

export interface ProjectCalendar {
  workingWeekdays: number[];
  holidays: Holiday[];
}

/** An .ics file as text; a megabyte holds many years of any country's holidays. */
export const IcsText = z.string().min(1, 'The file is empty').max(1_000_000, 'The file is larger than 1 MB: this does not look like a holiday calendar');

export interface IcsImportResult {
  added: number;
  /** Dates already in the calendar. */
  skipped: number;
}

export const BaselineName = Name('Baseline name', 100);

export interface Baseline {
  id: string;
  name: string;
  savedAt: string;
  projectFinish: string;
}

/** A task as scheduled now, and against the chosen baseline (variance in working days, positive = later). */
export interface TimelineTask extends ScheduledTask {
  late: boolean;
  baselineStart: string | null;
  baselineFinish: string | null;
  startVarianceDays: number | null;
  finishVarianceDays: number | null;
}

export interface ProjectSchedule {
  projectStart: string;
  projectFinish: string;
  today: string;
  /** In plan order (depth first). */
  tasks: TimelineTask[];
  baseline: (Baseline & { finishVarianceDays: number }) | null;
  calendar: ProjectCalendar;
  /** Ids of leaf tasks past their finish and not complete. */
  lateTaskIds: string[];
}

export const ScheduleQuery = z.object({ baselineId: Uuid.nullable().optional() }).strict();

/** A drag on the chart: the new first and last day of the bar (without a finish the task keeps its length). */
export const Reschedule = z
  .object({ id: Uuid, start: IsoDate, finish: IsoDate.optional() })
  .strict()
  .superRefine((value, ctx) => {
    if (value.finish !== undefined && value.finish < value.start) ctx.addIssue({ code: 'custom', path: ['finish'], message: 'The finish cannot be before the start' });
  });

/** A record of another step a task can point at (owner, wave, training session, communication). */
export interface RelatedOption {
  id: string;
  label: string;
}

/** A planned communication (step 5) or training session (step 6), drawn on the chart as a milestone of its own row. */
export interface TimelineEvent {
  id: string;
  kind: 'communication' | 'training';
  date: string;
  label: string;
}

/** What the task details choose from, and the events of other steps the chart shows. */
export interface TimelineRelated {
  members: RelatedOption[];
  waves: RelatedOption[];
  trainingSessions: RelatedOption[];
  communications: RelatedOption[];
  events: TimelineEvent[];
}
