import { z } from 'zod';
import { Name, Text, Uuid } from './common';
import { StepKeySchema } from './step';

export const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export const DependencyType = z.enum(DEPENDENCY_TYPES);

/** A task of the plan. Phases are tasks without a parent that carry the step they belong to. */
export const Task = z.object({
  id: Uuid,
  parentId: Uuid.nullable(),
  stepKey: StepKeySchema.nullable(),
  name: Name('Task name', 300),
  durationDays: z.number().int().min(0).max(3_650),
  isMilestone: z.boolean(),
  percentComplete: z.number().int().min(0, 'At least 0%').max(100, 'At most 100%'),
  sortOrder: z.number().int(),
  notes: Text(20_000),
});
export type Task = z.infer<typeof Task>;

export const TaskPatch = Task.pick({ name: true, durationDays: true, percentComplete: true, notes: true })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });
export type TaskPatch = z.infer<typeof TaskPatch>;

export const Dependency = z.object({
  id: Uuid,
  predecessorId: Uuid,
  successorId: Uuid,
  type: DependencyType,
  lagDays: z.number().int().min(-3_650).max(3_650),
});
export type Dependency = z.infer<typeof Dependency>;
