export interface Outline {
  id: string;
  parentId: string | null;
  sortOrder: number;
}

/**
 * Tasks in plan order (depth first, siblings by sort order) with their outline numbers: "2", "2.3", "2.3.1".
 * A task whose parent is missing is treated as top level rather than lost, and so is a task in a parent loop.
 */
export function outline<T extends Outline>(tasks: readonly T[]): { task: T; depth: number; wbs: string }[] {
  const ids = new Set(tasks.map((t) => t.id));
  const children = new Map<string | null, T[]>();
  for (const task of tasks) {
    const parent = task.parentId !== null && ids.has(task.parentId) && task.parentId !== task.id ? task.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(task);
    else children.set(parent, [task]);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.sortOrder - b.sortOrder);
  const rows: { task: T; depth: number; wbs: string }[] = [];
  const placed = new Set<string>();
  const tops = children.get(null) ?? [];
  const visit = (top: T, wbs: string) => {
    const stack: { task: T; depth: number; wbs: string }[] = [{ task: top, depth: 0, wbs }];
    while (stack.length > 0) {
      const row = stack.pop() as { task: T; depth: number; wbs: string };
      if (placed.has(row.task.id)) continue;
      placed.add(row.task.id);
      rows.push(row);
      const below = children.get(row.task.id) ?? [];
      for (let index = below.length - 1; index >= 0; index--) {
        stack.push({ task: below[index] as T, depth: row.depth + 1, wbs: `${row.wbs}.${index + 1}` });
      }
    }
  };
  tops.forEach((task, index) => visit(task, String(index + 1)));
  // Tasks in a parent loop (a file edited outside the app) reach no top level: shown at the top level, each once.
  let next = tops.length;
  for (const task of tasks) if (!placed.has(task.id)) visit(task, String(++next));
  return rows;
}

/**
 * The loops in a task hierarchy (a task that is its own ancestor: a file edited outside the app), each as the tasks
 * from a child up to the parent that closes the loop. Every task is walked once, so a loop cannot keep it going.
 */
export function parentLoops(tasks: readonly { id: string; parentId: string | null }[]): string[][] {
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId]));
  const state = new Map<string, 'walking' | 'done'>();
  const loops: string[][] = [];
  for (const task of tasks) {
    if (state.has(task.id)) continue;
    const walk: string[] = [];
    let current: string | null | undefined = task.id;
    while (current !== null && current !== undefined && parentOf.has(current) && !state.has(current)) {
      state.set(current, 'walking');
      walk.push(current);
      current = parentOf.get(current);
    }
    if (current !== null && current !== undefined && state.get(current) === 'walking') loops.push(walk.slice(walk.indexOf(current)));
    for (const id of walk) state.set(id, 'done');
  }
  return loops;
}
