export type KnockoutStatus = 'pass' | 'fail';

export interface KnockoutResult {
  vendorId: string;
  criterionId: string;
  status: KnockoutStatus;
}

export interface VendorKnockout {
  /** out: failed at least one must-have; pending: some must-have not yet checked; in: passed them all. */
  state: 'in' | 'out' | 'pending';
  failed: string[];
  unchecked: string[];
}

/**
 * Must-have criteria are a gate before any weighting: one failure knocks the vendor out. A knocked-out vendor is
 * still listed (marked), never silently dropped, so the room sees why it lost.
 */
export function knockoutStates(
  vendorIds: readonly string[],
  mustHaveIds: readonly string[],
  results: readonly KnockoutResult[],
): Map<string, VendorKnockout> {
  const status = new Map<string, KnockoutStatus>();
  for (const r of results) status.set(`${r.vendorId}|${r.criterionId}`, r.status);
  const out = new Map<string, VendorKnockout>();
  for (const vendorId of vendorIds) {
    const failed: string[] = [];
    const unchecked: string[] = [];
    for (const criterionId of mustHaveIds) {
      const s = status.get(`${vendorId}|${criterionId}`);
      if (s === 'fail') failed.push(criterionId);
      else if (s === undefined) unchecked.push(criterionId);
    }
    out.set(vendorId, { state: failed.length > 0 ? 'out' : unchecked.length > 0 ? 'pending' : 'in', failed, unchecked });
  }
  return out;
}
