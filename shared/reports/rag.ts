import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { BudgetHeadline } from '../rules/budget/headline';
import type { Rag, RagChip } from './model';
import { day, plural } from './format';

/**
 * The six ratings of the executive summary. Each is a small rule on figures the app already computes, and says in
 * one line why it gave its colour. Grey means "nothing to rate yet", never "fine".
 */

/** Time: the scheduled finish against the target go-live, and tasks past their finish date. */
export function timeRating(input: { targetGoLive: string | null; scheduledFinish: string | null; overdueTasks: number }): RagChip {
  const label = 'Time';
  if (!input.targetGoLive || !input.scheduledFinish) return { label, rating: 'grey', reason: 'No target go-live or no scheduled tasks yet.' };
  const late = differenceInCalendarDays(parseISO(input.scheduledFinish), parseISO(input.targetGoLive));
  const overdue = input.overdueTasks > 0 ? `; ${plural(input.overdueTasks, 'task')} past due` : '';
  if (late > 14) return { label, rating: 'red', reason: `Scheduled finish ${day(input.scheduledFinish)} is ${late} days after the target go-live${overdue}.` };
  if (late > 0) return { label, rating: 'amber', reason: `Scheduled finish ${day(input.scheduledFinish)} is ${late} days after the target go-live${overdue}.` };
  if (input.overdueTasks > 0) return { label, rating: 'amber', reason: `On course for ${day(input.targetGoLive)}, but ${plural(input.overdueTasks, 'task')} past due.` };
  return { label, rating: 'green', reason: `Scheduled finish ${day(input.scheduledFinish)} meets the target go-live ${day(input.targetGoLive)}.` };
}

/** Cost: the budget's own status (forecast against the approved budget and its warning thresholds). */
export function costRating(headline: BudgetHeadline | null, redacted = false): RagChip {
  const label = 'Cost';
  if (redacted) return { label, rating: 'grey', reason: 'Cost figures redacted in this hand-off copy.' };
  if (!headline) return { label, rating: 'grey', reason: 'No budget recorded yet.' };
  const rating: Rag = headline.status === 'critical' ? 'red' : headline.status === 'warning' ? 'amber' : headline.status === 'on_track' ? 'green' : 'grey';
  return { label, rating, reason: headline.statusReason };
}

/** Scope: must-have requirements, agreed or better, and none dropped. */
export function scopeRating(requirements: readonly { priority: string; status: string }[]): RagChip {
  const label = 'Scope';
  const musts = requirements.filter((r) => r.priority === 'must');
  if (musts.length === 0) return { label, rating: 'grey', reason: 'No must-have requirements recorded yet.' };
  const dropped = musts.filter((r) => r.status === 'dropped').length;
  const draft = musts.filter((r) => r.status === 'draft').length;
  if (dropped > 0) return { label, rating: 'red', reason: `${plural(dropped, 'must-have requirement')} dropped.` };
  if (draft > 0) return { label, rating: 'amber', reason: `${draft} of ${musts.length} must-have requirements still in draft.` };
  return { label, rating: 'green', reason: `All ${musts.length} must-have requirements agreed or met.` };
}

/** Quality: the pilot's exit criteria and its open high-severity findings. */
export function qualityRating(input: { criteria: { total: number; measured: number; failed: number }; openBlockingFindings: number }): RagChip {
  const label = 'Quality';
  const { total, measured, failed } = input.criteria;
  if (total === 0) return { label, rating: 'grey', reason: 'No pilot exit criteria set yet.' };
  const blocking = input.openBlockingFindings > 0 ? `; ${plural(input.openBlockingFindings, 'high-severity finding')} open` : '';
  if (failed > 0) return { label, rating: 'red', reason: `${failed} of ${total} pilot exit criteria missed${blocking}.` };
  if (measured < total || input.openBlockingFindings > 0) return { label, rating: 'amber', reason: `${measured} of ${total} exit criteria measured, none missed${blocking}.` };
  return { label, rating: 'green', reason: `All ${total} pilot exit criteria met.` };
}

/** Benefit: the KPIs' latest measurements against their thresholds. */
export function benefitRating(statuses: readonly string[]): RagChip {
  const label = 'Benefit';
  const measured = statuses.filter((s) => s !== 'no_data');
  if (measured.length === 0) return { label, rating: 'grey', reason: 'No KPI measured yet.' };
  const critical = measured.filter((s) => s === 'critical').length;
  const warning = measured.filter((s) => s === 'warning').length;
  if (critical > 0) return { label, rating: 'red', reason: `${critical} of ${measured.length} measured KPIs beyond the critical threshold.` };
  if (warning > 0) return { label, rating: 'amber', reason: `${warning} of ${measured.length} measured KPIs at warning level.` };
  return { label, rating: 'green', reason: `All ${measured.length} measured KPIs on track.` };
}

/** Risk: open risks by residual level (after controls); a critical residual risk is red, a high one amber. */
export function riskRating(levels: readonly string[]): RagChip {
  const label = 'Risk';
  if (levels.length === 0) return { label, rating: 'grey', reason: 'No open risks recorded.' };
  const critical = levels.filter((l) => l === 'critical').length;
  const high = levels.filter((l) => l === 'high').length;
  if (critical > 0) return { label, rating: 'red', reason: `${plural(critical, 'open risk')} still critical after controls.` };
  if (high > 0) return { label, rating: 'amber', reason: `${plural(high, 'open risk')} still high after controls.` };
  return { label, rating: 'green', reason: `${plural(levels.length, 'open risk')}, none above medium after controls.` };
}

const ORDER: Rag[] = ['grey', 'green', 'amber', 'red'];

/** Overall: the worst of the rated dimensions; two or more reds are called out. */
export function overallRating(chips: readonly RagChip[]): RagChip {
  const rated = chips.filter((c) => c.rating !== 'grey');
  if (rated.length === 0) return { label: 'Overall', rating: 'grey', reason: 'Nothing to rate yet.' };
  const worst = rated.reduce((w, c) => (ORDER.indexOf(c.rating) > ORDER.indexOf(w) ? c.rating : w), 'green' as Rag);
  const named = rated.filter((c) => c.rating === worst).map((c) => c.label.toLowerCase());
  const reason = worst === 'green' ? `All ${rated.length} rated dimensions green.` : `${worst === 'red' ? 'Red' : 'Amber'} on ${named.join(', ')}.`;
  return { label: 'Overall', rating: worst, reason };
}
