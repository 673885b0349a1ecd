/** A dependency cycle: the tasks in order, the first one repeated at the end by the caller if it wants to print a loop. */
export class ScheduleCycleError extends Error {
  constructor(readonly taskIds: string[]) {
    super(`The dependencies form a cycle through ${taskIds.length} tasks`);
    this.name = 'ScheduleCycleError';
  }
}

export interface Link {
  predecessorId: string;
  successorId: string;
}

/**
 * The chain of links from `from` to `to`, or null when `to` cannot be reached: adding the link
 * to -> from closes a cycle exactly when this finds a path. Breadth-first, so the named cycle is the shortest.
 */
export function findPath(links: readonly Link[], from: string, to: string): string[] | null {
  if (from === to) return [from];
  const next = new Map<string, string[]>();
  for (const link of links) {
    const list = next.get(link.predecessorId);
    if (list) list.push(link.successorId);
    else next.set(link.predecessorId, [link.successorId]);
  }
  const cameFrom = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as string;
    for (const successor of next.get(current) ?? []) {
      if (cameFrom.has(successor)) continue;
      cameFrom.set(successor, current);
      if (successor === to) return walkBack(cameFrom, from, to);
      queue.push(successor);
    }
  }
  return null;
}

function walkBack(cameFrom: Map<string, string>, from: string, to: string): string[] {
  const path = [to];
  let current = to;
  while (current !== from) {
    current = cameFrom.get(current) as string;
    path.push(current);
  }
  return path.reverse();
}

/** The tasks of the cycle a new link predecessor -> successor would close, in dependency order, or null. */
export function cycleIfLinked(links: readonly Link[], predecessorId: string, successorId: string): string[] | null {
  const back = findPath(links, successorId, predecessorId);
  return back === null ? null : [predecessorId, ...back.slice(0, -1)];
}

/**
 * Some cycle among the nodes a topological sort could not order (indexes into `predecessors`). Each such node
 * still waits for an unordered predecessor, so walking predecessors must come back to a node already seen.
 */
export function cycleAmong(stuck: readonly number[], predecessors: readonly (readonly number[])[]): number[] {
  const inStuck = new Set(stuck);
  const position = new Map<number, number>();
  const path: number[] = [];
  let current = stuck[0] as number;
  while (!position.has(current)) {
    position.set(current, path.length);
    path.push(current);
    const previous = (predecessors[current] ?? []).find((p) => inStuck.has(p));
    if (previous === undefined) break;
    current = previous;
  }
  return path.slice(position.get(current) ?? 0).reverse();
}
