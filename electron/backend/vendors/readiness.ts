import type Database from 'better-sqlite3';
import type { StepWarning } from '../../../shared/rules/step-status';
import { groupAhp } from '../../../shared/rules/scoring/evaluate';
import { vendorWarnings } from '../../../shared/rules/scoring/warnings';
import { readEvaluation, tableExists } from './read';

/** Reads step 3's rows and applies its pure readiness rules. */
export function collectVendorWarnings(db: Database.Database): StepWarning[] {
  if (!tableExists(db, 'vendor_evaluation')) return [];
  const data = readEvaluation(db);
  const chosen = data.vendors.find((v) => v.id === data.decision.chosenVendorId) ?? null;
  const chosenKnockedOut = chosen !== null && data.knockouts.some((k) => k.vendorId === chosen.id && k.status === 'fail' && data.criteria.some((c) => c.id === k.criterionId && c.mustHave));
  const cr = data.state.weightMethod === 'ahp' && data.groups.length > 2 ? groupAhp(data.groups, data.comparisons).cr : null;
  return vendorWarnings({ chosenVendorName: chosen?.name ?? null, chosenKnockedOut, weightMethod: data.state.weightMethod, consistencyRatio: cr });
}
