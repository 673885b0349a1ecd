import type { MethodName } from './contract';

/**
 * The tables some read methods answer from, and nothing else: the renderer reads such a method again only after a
 * change to one of these (useProjectQuery; the shell's plan in the store), not after every edit of the project.
 * A method whose handler starts reading another table must say so here, or its views go stale; the backend's tests
 * of these methods check that edits elsewhere leave their answers alone (test/integration/data-versions.test.ts).
 */
export const METHOD_READS = {
  'tasks.list': ['task', 'dependency'],
  'vendors.scores': ['score'],
} as const satisfies Partial<Record<MethodName, readonly string[]>>;

export function tablesRead(method: MethodName): readonly string[] | undefined {
  return (METHOD_READS as Partial<Record<MethodName, readonly string[]>>)[method];
}
