import { z } from 'zod';
import { STEP_KEYS } from '../steps';
import { Text } from './common';

export const StepKeySchema = z.enum(STEP_KEYS);

export const STEP_STATUSES = ['not_started', 'in_progress', 'done', 'attention'] as const;
export const StepStatus = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof StepStatus>;

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  attention: 'Attention',
};

/** What the project file keeps per step; the status shown is computed (see rules/step-status). */
export const StepRecord = z.object({
  key: StepKeySchema,
  statusOverride: StepStatus.nullable(),
  overrideReason: Text(1_000),
  notes: Text(20_000),
});
export type StepRecord = z.infer<typeof StepRecord>;

export const StepPatch = z
  .object({
    statusOverride: StepStatus.nullable(),
    overrideReason: Text(1_000),
    notes: Text(20_000),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' })
  .superRefine((p, ctx) => {
    if (p.statusOverride && p.overrideReason !== undefined && p.overrideReason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: 'Say why the status is overridden' });
    }
  });
export type StepPatch = z.infer<typeof StepPatch>;
