export interface Outline {
  id: string;
  parentId: string | null;
  sortOrder: number;
}

/**
 * Tasks in plan order (depth first, siblings by sort order) with their outline numbers: "2", "2.3", "2.3.1".
 * A task whose parent is missing is treated as top level rather than lost.
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
  const stack: { task: T; depth: number; wbs: string }[] = (children.get(null) ?? [])
    .map((task, index) => ({ task, depth: 0, wbs: String(index + 1) }))
    .reverse();
  while (stack.length > 0) {
    const row = stack.pop() as { task: T; depth: number; wbs: string };
    rows.push(row);
    const below = children.get(row.task.id) ?? [];
    for (let index = below.length - 1; index >= 0; index--) {
      stack.push({ task: below[index] as T, depth: row.depth + 1, wbs: `${row.wbs}.${index + 1}` });
    }
  }
  return rows;
}
