import type Database from 'better-sqlite3';
import { summariseStep, type StepSummary, type StepWarning } from '../../../shared/rules/step-status';
import type { StepRecord } from '../../../shared/schemas/step';
import type { Task } from '../../../shared/schemas/task';
import type { StepKey } from '../../../shared/steps';
import { dataStamp } from '../history/data-stamp';
import { todayIso } from '../operations/records';
import { TABLES, rowToEntity, type Row } from '../store/tables';
import { readPlan } from '../timeline/read';
import { collectWarnings } from './readiness';

const ALL_TABLES = Object.keys(TABLES);

/**
 * The summaries as last computed, while nothing in the file has changed and it is the same day: the shell reads
 * them after every edit, and prepareReads computes them while the renderer draws the edit (see open-in-window).
 */
const summaryCache = new WeakMap<Database.Database, { key: string; summaries: StepSummary[] }>();

export function readTasks(db: Database.Database): Task[] {
  return (db.prepare('SELECT * FROM task ORDER BY sort_order').all() as Row[]).map((row) => rowToEntity<Task>('task', row));
}

/** Leaf tasks grouped by the step of their top-level phase. */
export function leafTasksByStep(tasks: readonly Task[]): Map<StepKey, Task[]> {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const hasChildren = new Set(tasks.map((t) => t.parentId).filter((id): id is string => id !== null));
  const result = new Map<StepKey, Task[]>();
  for (const task of tasks) {
    if (hasChildren.has(task.id)) continue;
    let root: Task = task;
    // At most one step per task: a parent loop (a file edited outside the app) cannot keep the walk going.
    for (let steps = 0; root.parentId !== null && steps < tasks.length; steps++) {
      const parent = byId.get(root.parentId);
      if (!parent) break;
      root = parent;
    }
    if (root.parentId !== null && byId.has(root.parentId)) continue;
    if (root === task || root.stepKey === null) continue;
    const list = result.get(root.stepKey) ?? [];
    list.push(task);
    result.set(root.stepKey, list);
  }
  return result;
}

/** Every step with its status and readiness warnings; `now` decides what is overdue. Callers treat it as read-only. */
export function readStepSummaries(db: Database.Database, now: Date = new Date()): StepSummary[] {
  if (db.inTransaction) return computeStepSummaries(db, now);
  // The local day decides what is overdue, the UTC month what the budget counts as spent.
  const key = `${dataStamp(db, ALL_TABLES)}|${todayIso(now)}|${now.toISOString().slice(0, 7)}`;
  const cached = summaryCache.get(db);
  if (cached?.key === key) return cached.summaries;
  const summaries = computeStepSummaries(db, now);
  summaryCache.set(db, { key, summaries });
  return summaries;
}

function computeStepSummaries(db: Database.Database, now: Date): StepSummary[] {
  const records = (db.prepare('SELECT * FROM step ORDER BY sort_order').all() as Row[]).map((row) => {
    const { key, statusOverride, overrideReason, notes } = rowToEntity<StepRecord & { sortOrder: number }>('step', row);
    return { key, statusOverride, overrideReason, notes };
  });
  // The plan as cached for the schedule: an edit outside the plan does not read 5,000 tasks again.
  const leaves = leafTasksByStep(readPlan(db).tasks);
  const warnings = collectWarnings(db, now);
  return records.map((record) =>
    summariseStep(
      record,
      leaves.get(record.key) ?? [],
      warnings.filter((w: StepWarning) => w.stepKey === record.key),
    ),
  );
}
