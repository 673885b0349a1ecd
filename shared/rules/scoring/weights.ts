/** w_i = raw_i / sum(raw). All zero (or nothing) gives equal weights, so a fresh matrix still ranks. */
export function normaliseWeights(raw: readonly number[]): number[] {
  const clean = raw.map((r) => (Number.isFinite(r) && r > 0 ? r : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (raw.length === 0) return [];
  if (sum === 0) return raw.map(() => 1 / raw.length);
  return clean.map((r) => r / sum);
}

export interface WeightedCriterion {
  id: string;
  groupId: string;
  rawWeight: number;
}

/**
 * Final criterion weights, summing to 1.
 * - direct: every criterion's raw importance normalised over all criteria;
 * - ahp: the groups' weights come from the pairwise comparison, and each group's weight is shared among its
 *   criteria by their raw importance (a two-level hierarchy, the usual way to keep the number of comparisons small).
 */
export function criterionWeights(
  criteria: readonly WeightedCriterion[],
  method: 'direct' | 'ahp',
  groupWeights?: ReadonlyMap<string, number>,
): Map<string, number> {
  const out = new Map<string, number>();
  if (method === 'direct' || !groupWeights) {
    const w = normaliseWeights(criteria.map((c) => c.rawWeight));
    criteria.forEach((c, i) => out.set(c.id, w[i] ?? 0));
    return out;
  }
  const byGroup = new Map<string, WeightedCriterion[]>();
  for (const c of criteria) byGroup.set(c.groupId, [...(byGroup.get(c.groupId) ?? []), c]);
  // Groups without criteria carry weight nobody can use: share the groups' weights among the groups in use.
  const used = [...byGroup.keys()];
  const groupTotal = used.reduce((sum, g) => sum + (groupWeights.get(g) ?? 0), 0);
  for (const [groupId, members] of byGroup) {
    const gw = groupTotal > 0 ? (groupWeights.get(groupId) ?? 0) / groupTotal : 1 / used.length;
    const inner = normaliseWeights(members.map((c) => c.rawWeight));
    members.forEach((c, i) => out.set(c.id, gw * (inner[i] ?? 0)));
  }
  return out;
}
