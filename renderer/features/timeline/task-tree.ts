import { stepProgress } from '../../../shared/rules/step-status';
import type { Task } from '../../../shared/schemas/task';
import type { StepKey } from '../../../shared/steps';

export interface TaskRow {
  task: Task;
  depth: number;
  /** Has children: its progress is rolled up, not edited. */
  isGroup: boolean;
  /** Duration-weighted progress of the leaf tasks below (the task's own value for a leaf). */
  percentComplete: number;
  /** The step of the top-level phase this row sits in. */
  stepKey: StepKey | null;
}

/** Depth-first rows in plan order; tasks whose parent is missing are treated as top level rather than lost. */
export function buildTaskRows(tasks: readonly Task[]): TaskRow[] {
  const ids = new Set(tasks.map((t) => t.id));
  const children = new Map<string | null, Task[]>();
  for (const task of tasks) {
    const parent = task.parentId && ids.has(task.parentId) ? task.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(task);
    children.set(parent, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.sortOrder - b.sortOrder);

  const leaves = (task: Task): Task[] => {
    const below = children.get(task.id);
    return below ? below.flatMap(leaves) : [task];
  };

  const rows: TaskRow[] = [];
  const visit = (task: Task, depth: number, stepKey: StepKey | null) => {
    const below = children.get(task.id) ?? [];
    rows.push({
      task,
      depth,
      isGroup: below.length > 0,
      percentComplete: below.length > 0 ? stepProgress(leaves(task)).percentComplete : task.percentComplete,
      stepKey,
    });
    for (const child of below) visit(child, depth + 1, stepKey);
  };
  for (const top of children.get(null) ?? []) visit(top, 0, top.stepKey);
  return rows;
}

/** The rows below the phases that belong to a step (the phase rows themselves are left out: the page is the step). */
export function rowsForStep(rows: readonly TaskRow[], key: StepKey): TaskRow[] {
  return rows.filter((row) => row.stepKey === key && row.depth > 0).map((row) => ({ ...row, depth: row.depth - 1 }));
}
