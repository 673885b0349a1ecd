import type { StepKey } from '../steps';
import type { StepRecord, StepStatus } from '../schemas/step';
import type { Task } from '../schemas/task';

export interface StepWarning {
  stepKey: StepKey;
  message: string;
  /**
   * Where on the step page the fix is made: the id of that element and a name for the link ("Go to the RACI grid").
   * `rowIds` names the entries of that table to fix (the link focuses the first and marks them all).
   */
  fix?: { target: string; label: string; rowIds?: readonly string[] };
}

export interface StepProgress {
  taskCount: number;
  /** Duration-weighted percent complete of the step's tasks (milestones count as one day). */
  percentComplete: number;
}

export interface StepSummary extends StepRecord {
  status: StepStatus;
  computedStatus: StepStatus;
  progress: StepProgress;
  warnings: StepWarning[];
}

/** Weighted by duration so a ten-day task moves the step more than a one-day task. */
export function stepProgress(tasks: readonly Pick<Task, 'durationDays' | 'percentComplete'>[]): StepProgress {
  if (tasks.length === 0) return { taskCount: 0, percentComplete: 0 };
  let weight = 0;
  let done = 0;
  for (const task of tasks) {
    const w = Math.max(task.durationDays, 1);
    weight += w;
    done += w * task.percentComplete;
  }
  return { taskCount: tasks.length, percentComplete: Math.round(done / weight) };
}

/**
 * The status a step shows: warnings put it in "attention"; otherwise its tasks decide
 * (none started: not started; all complete: done; anything between: in progress).
 */
export function computeStepStatus(progress: StepProgress, tasks: readonly Pick<Task, 'percentComplete'>[], warnings: readonly StepWarning[]): StepStatus {
  if (warnings.length > 0) return 'attention';
  if (tasks.length === 0 || tasks.every((t) => t.percentComplete === 0)) return 'not_started';
  if (progress.percentComplete >= 100 && tasks.every((t) => t.percentComplete === 100)) return 'done';
  return 'in_progress';
}

/** A manual override wins over the computed status; both are kept so the UI can show the difference. */
export function summariseStep(
  record: StepRecord,
  leafTasks: readonly Pick<Task, 'durationDays' | 'percentComplete'>[],
  warnings: readonly StepWarning[],
): StepSummary {
  const progress = stepProgress(leafTasks);
  const computedStatus = computeStepStatus(progress, leafTasks, warnings);
  return {
    ...record,
    status: record.statusOverride ?? computedStatus,
    computedStatus,
    progress,
    warnings: [...warnings],
  };
}
