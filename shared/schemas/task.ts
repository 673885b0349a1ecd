import { z } from 'zod';
import { IsoDate, Name, Text, Uuid } from './common';
import { StepKeySchema } from './step';

export const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export const DependencyType = z.enum(DEPENDENCY_TYPES, { message: 'Choose finish-to-start, start-to-start, finish-to-finish or start-to-finish' });
export type DependencyType = z.infer<typeof DependencyType>;

export const DEPENDENCY_TYPE_LABELS: Record<DependencyType, string> = {
  FS: 'Finish to start',
  SS: 'Start to start',
  FF: 'Finish to finish',
  SF: 'Start to finish',
};

/** How a task's start is decided: as soon as its predecessors allow, not before a date, or fixed on a date. */
export const CONSTRAINT_TYPES = ['asap', 'snet', 'fixed'] as const;
export const ConstraintType = z.enum(CONSTRAINT_TYPES);
export type ConstraintType = z.infer<typeof ConstraintType>;

/** Which end of the task the constraint date holds: its first day (the default) or its last. */
export const CONSTRAINT_ANCHORS = ['start', 'finish'] as const;
export const ConstraintAnchor = z.enum(CONSTRAINT_ANCHORS);
export type ConstraintAnchor = z.infer<typeof ConstraintAnchor>;

export const CONSTRAINT_LABELS: Record<ConstraintType, string> = {
  asap: 'As soon as possible',
  snet: 'Start no earlier than',
  fixed: 'Fixed start',
};

/** The choices a person sees: a type and the end of the task it holds, as one list. */
export const CONSTRAINT_CHOICES: readonly { value: string; type: ConstraintType; anchor: ConstraintAnchor; label: string }[] = [
  { value: 'asap', type: 'asap', anchor: 'start', label: 'As soon as possible' },
  { value: 'snet', type: 'snet', anchor: 'start', label: 'Start no earlier than' },
  { value: 'fnet', type: 'snet', anchor: 'finish', label: 'Finish no earlier than' },
  { value: 'fixed', type: 'fixed', anchor: 'start', label: 'Fixed start' },
  { value: 'fixed-finish', type: 'fixed', anchor: 'finish', label: 'Fixed finish' },
];

const LinkId = z.string().trim().min(1).max(100).nullable();

/** A task of the plan. Phases are tasks without a parent that carry the step they belong to. */
export const Task = z.object({
  id: Uuid,
  parentId: Uuid.nullable(),
  stepKey: StepKeySchema.nullable(),
  name: Name('Task name', 300),
  durationDays: z.number({ message: 'Enter a number of working days' }).int('Whole working days only').min(0, 'At least 0 days').max(3_650, 'At most 3,650 working days'),
  isMilestone: z.boolean(),
  percentComplete: z.number({ message: 'Enter a percentage' }).int('Whole percent only').min(0, 'At least 0%').max(100, 'At most 100%'),
  sortOrder: z.number().int(),
  notes: Text(20_000),
  /** Who does the work: a team member when the team step links one, otherwise a name as typed. */
  ownerName: Text(200),
  ownerMemberId: z.string().max(100).nullable(),
  constraintType: ConstraintType,
  constraintDate: IsoDate.nullable(),
  /** Absent in rows from before schema 8 and in hand-built objects: the start. */
  constraintAnchor: ConstraintAnchor.optional(),
  actualStart: IsoDate.nullable(),
  actualFinish: IsoDate.nullable(),
  /** What the task delivers for another step, when it does (ids of those steps' records). */
  waveId: LinkId,
  trainingSessionId: LinkId,
  communicationId: LinkId,
});
export type Task = z.infer<typeof Task>;

/** Cross-field rules of a task, checked on the merged task so a patch cannot leave it inconsistent. */
export function taskRuleIssues(task: Pick<Task, 'constraintType' | 'constraintDate' | 'actualStart' | 'actualFinish' | 'isMilestone' | 'durationDays'>): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  if (task.constraintType !== 'asap' && task.constraintDate === null) {
    issues.push({ path: ['constraintDate'], message: 'Choose the date of the constraint' });
  }
  if (task.actualFinish !== null && task.actualStart === null) {
    issues.push({ path: ['actualStart'], message: 'Enter the actual start before the actual finish' });
  }
  if (task.actualFinish !== null && task.actualStart !== null && task.actualFinish < task.actualStart) {
    issues.push({ path: ['actualFinish'], message: 'The actual finish cannot be before the actual start' });
  }
  if (task.isMilestone && task.durationDays !== 0) {
    issues.push({ path: ['durationDays'], message: 'A milestone has no duration' });
  }
  return issues;
}

const TaskEditable = Task.pick({
  name: true,
  durationDays: true,
  isMilestone: true,
  percentComplete: true,
  notes: true,
  ownerName: true,
  ownerMemberId: true,
  constraintType: true,
  constraintDate: true,
  constraintAnchor: true,
  actualStart: true,
  actualFinish: true,
  waveId: true,
  trainingSessionId: true,
  communicationId: true,
});

export const TaskPatch = TaskEditable.partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });
export type TaskPatch = z.infer<typeof TaskPatch>;

export const TaskCreate = z
  .object({
    /** The phase or task the new one goes under; null makes a new top-level phase. */
    parentId: Uuid.nullable(),
    /** Placed after this sibling; at the end of the parent when absent. */
    afterId: Uuid.optional(),
    name: Name('Task name', 300),
    durationDays: Task.shape.durationDays.default(1),
    isMilestone: z.boolean().default(false),
    ownerName: Text(200).default(''),
  })
  .strict();
export type TaskCreate = z.infer<typeof TaskCreate>;

export const MOVE_DIRECTIONS = ['up', 'down', 'indent', 'outdent'] as const;
export const MoveDirection = z.enum(MOVE_DIRECTIONS);
export type MoveDirection = z.infer<typeof MoveDirection>;

export const Dependency = z.object({
  id: Uuid,
  predecessorId: Uuid,
  successorId: Uuid,
  type: DependencyType,
  lagDays: z.number({ message: 'Enter a number of working days' }).int('Whole working days only').min(-3_650, 'At least -3,650 days').max(3_650, 'At most 3,650 days'),
});
export type Dependency = z.infer<typeof Dependency>;

export const DependencyCreate = Dependency.omit({ id: true }).strict();
export type DependencyCreate = z.infer<typeof DependencyCreate>;

export const DependencyPatch = Dependency.pick({ type: true, lagDays: true })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });
export type DependencyPatch = z.infer<typeof DependencyPatch>;
