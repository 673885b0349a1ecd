import type { Dependency, Task } from '../../shared/schemas/task';
import { STEPS } from '../../shared/steps';
import type { RowWriter } from '../../electron/backend/store/row-writer';
import { entityToColumns } from '../../electron/backend/store/tables';
import type { SeededRandom } from './random';

const VERBS = ['Draft', 'Review', 'Prepare', 'Run', 'Agree', 'Test', 'Configure', 'Document', 'Train', 'Sign off'];
const OBJECTS = ['use-case list', 'data policy', 'pilot group', 'vendor shortlist', 'access rights', 'prompt library', 'help desk script', 'wave plan', 'KPI sheet', 'risk log'];
const OWNERS = ['Ana Ruiz', 'Ben Okafor', 'Chen Wei', 'Dara Novak', 'Elif Yilmaz', 'Finn Berg', ''];
const TYPES: readonly Dependency['type'][] = ['FS', 'FS', 'FS', 'FS', 'FS', 'FS', 'FS', 'SS', 'SS', 'FF', 'FF', 'SF'];

export interface GeneratedPlan {
  phaseIds: string[];
  /** Leaf tasks in their topological (= sort) order. */
  leafIds: string[];
  /** The first leaf: 50 tasks follow it (finish-to-start) and nothing else, for the drag benchmark. */
  dragTaskId: string;
  dragSuccessors: number;
}

type TaskRow = Omit<Task, 'id'> & { id: string };

/**
 * Ten phases (one per step) of leaf tasks. Dependencies only go from an earlier leaf to a later one, so the
 * network is acyclic by construction; all four types occur, with lags from -2 to +5 working days. The first leaf
 * drives the 50 leaves after it (the drag benchmark's bar, at the top of the chart where it is visible); the
 * random links connect the leaves after those.
 */
export function writePlan(rows: RowWriter, random: SeededRandom, taskCount: number, dependencyCount: number): GeneratedPlan {
  const phaseIds: string[] = [];
  const leafIds: string[] = [];
  const leaves = taskCount - STEPS.length;
  let order = 0;
  STEPS.forEach((step, p) => {
    const phaseId = random.uuid();
    phaseIds.push(phaseId);
    insertTask(rows, { ...blankTask(order++), id: phaseId, stepKey: step.key, name: step.title, durationDays: 0 });
    const inPhase = Math.floor(leaves / STEPS.length) + (p < leaves % STEPS.length ? 1 : 0);
    for (let i = 0; i < inPhase; i++) {
      const id = random.uuid();
      leafIds.push(id);
      const milestone = i === inPhase - 1 || random.chance(0.03);
      insertTask(rows, {
        ...blankTask(order++),
        id,
        parentId: phaseId,
        name: milestone ? `${step.title}: milestone ${i + 1}` : `${random.pick(VERBS)} ${random.pick(OBJECTS)} ${p + 1}.${i + 1}`,
        durationDays: milestone ? 0 : random.int(1, 10),
        isMilestone: milestone,
        percentComplete: p < 2 ? random.pick([0, 25, 50, 100]) : 0,
        ownerName: random.pick(OWNERS),
      });
    }
  });
  const [anchor = '', ...others] = leafIds;
  const fan = Math.min(50, Math.floor(others.length / 2), dependencyCount);
  for (const successorId of others.slice(0, fan)) {
    rows.insert('dependency', entityToColumns('dependency', { id: random.uuid(), predecessorId: anchor, successorId, type: 'FS', lagDays: 0 }));
  }
  writeDependencies(rows, random, others.slice(fan), dependencyCount - fan);
  return { phaseIds, leafIds, dragTaskId: anchor, dragSuccessors: fan };
}

function blankTask(sortOrder: number): TaskRow {
  return {
    id: '', parentId: null, stepKey: null, name: '', durationDays: 1, isMilestone: false, percentComplete: 0, sortOrder, notes: '',
    ownerName: '', ownerMemberId: null, constraintType: 'asap', constraintDate: null, actualStart: null, actualFinish: null,
    waveId: null, trainingSessionId: null, communicationId: null,
  };
}

function insertTask(rows: RowWriter, task: TaskRow): void {
  rows.insert('task', entityToColumns('task', task));
}

function writeDependencies(rows: RowWriter, random: SeededRandom, leafIds: string[], count: number): void {
  const seen = new Set<string>();
  // Links span at most 60 leaves: the most a plan this size can hold keeps the loop finite for tiny plans.
  const wanted = Math.min(count, leafIds.length * Math.min(60, leafIds.length) / 2 - leafIds.length);
  let added = 0;
  while (added < wanted) {
    const from = random.int(0, leafIds.length - 2);
    // Mostly near neighbours, so the plan stays a few years long instead of one chain of 5,000 tasks.
    const to = Math.min(leafIds.length - 1, from + random.int(1, 60));
    const key = `${from}>${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The first four links are one of each type (the second with a negative lag), so even size S has them all.
    const type = added < 4 ? (['FS', 'SS', 'FF', 'SF'] as const)[added] ?? 'FS' : random.pick(TYPES);
    const lagDays = added === 1 ? -1 : random.chance(0.7) ? 0 : random.int(-2, 5);
    const dependency: Omit<Dependency, 'id'> & { id: string } = { id: random.uuid(), predecessorId: leafIds[from] ?? '', successorId: leafIds[to] ?? '', type, lagDays };
    rows.insert('dependency', entityToColumns('dependency', dependency));
    added++;
  }
}

