import type { StepWarning } from '../step-status';
import { CR_LIMIT } from './ahp';

/** Step 3's readiness: a decision must not rest on a knocked-out vendor or on inconsistent pairwise weights. */
export function vendorWarnings(input: { chosenVendorName: string | null; chosenKnockedOut: boolean; weightMethod: 'direct' | 'ahp'; consistencyRatio: number | null }): StepWarning[] {
  const warnings: StepWarning[] = [];
  if (input.chosenVendorName && input.chosenKnockedOut) {
    warnings.push({ stepKey: 'vendors', message: `The chosen vendor "${input.chosenVendorName}" fails a must-have criterion.` });
  }
  if (input.weightMethod === 'ahp' && input.consistencyRatio !== null && input.consistencyRatio > CR_LIMIT) {
    warnings.push({ stepKey: 'vendors', message: `The pairwise comparisons are inconsistent (CR ${input.consistencyRatio.toFixed(2)} > ${CR_LIMIT.toFixed(2)}): revisit them before relying on the weights.` });
  }
  return warnings;
}
