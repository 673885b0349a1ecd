import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import type { GateCriterion, GateDecision, SupportItem, Wave } from '../schemas/deployment';
import { latestDecision } from './pilot';

export type WavePhase = 'unscheduled' | 'planned' | 'in_progress' | 'hypercare' | 'complete';
export const WAVE_PHASE_LABELS: Record<WavePhase, string> = {
  unscheduled: 'Not scheduled',
  planned: 'Planned',
  in_progress: 'Rolling out',
  hypercare: 'Hypercare',
  complete: 'Complete',
};

/** Days before a wave's start from which an unready wave is worth a warning. */
export const LOOKAHEAD_DAYS = 14;

export function wavePhase(wave: Pick<Wave, 'startDate' | 'endDate' | 'hypercareDays'>, today: string): WavePhase {
  if (!wave.startDate) return 'unscheduled';
  if (today < wave.startDate) return 'planned';
  if (!wave.endDate || today <= wave.endDate) return 'in_progress';
  const hypercareEnd = addDays(parseISO(wave.endDate), wave.hypercareDays);
  return differenceInCalendarDays(hypercareEnd, parseISO(today)) >= 0 ? 'hypercare' : 'complete';
}

export type GateStatus = 'pending' | 'go' | 'no_go';

export interface GateSummary {
  status: GateStatus;
  decision: GateDecision | null;
  criteriaMet: number;
  criteriaTotal: number;
  /** Older decisions stay visible: a change is a new decision, never an edit. */
  history: GateDecision[];
}

export function summariseGate(criteria: readonly Pick<GateCriterion, 'met'>[], decisions: readonly GateDecision[]): GateSummary {
  const decision = latestDecision(decisions);
  const history = [...decisions].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.recordedAt.localeCompare(a.recordedAt));
  return {
    status: decision ? decision.outcome : 'pending',
    decision,
    criteriaMet: criteria.filter((c) => c.met).length,
    criteriaTotal: criteria.length,
    history,
  };
}

function daysTo(date: string, today: string): number {
  return differenceInCalendarDays(parseISO(date), parseISO(today));
}

export interface WaveWithGate {
  wave: Wave;
  gate: GateSummary;
}

/** Step 8 readiness: every wave has a go decision before it starts, helpdesk and rollback ready, support checklist done. */
export function deploymentWarnings(waves: readonly WaveWithGate[], support: readonly Pick<SupportItem, 'done' | 'text'>[], today: string): string[] {
  if (waves.length === 0) return ['No deployment wave planned yet'];
  const warnings: string[] = [];
  for (const { wave, gate } of waves) {
    const days = wave.startDate ? daysTo(wave.startDate, today) : null;
    const soon = days !== null && days <= LOOKAHEAD_DAYS;
    if (!wave.startDate) warnings.push(`Wave "${wave.name}" has no start date`);
    if (soon && gate.status !== 'go') {
      warnings.push(days !== null && days < 0
        ? `Wave "${wave.name}" started without a go decision`
        : `Wave "${wave.name}" starts in ${days} day${days === 1 ? '' : 's'} and its gate has no go decision`);
    }
    if (soon && !wave.helpdeskReady && wavePhase(wave, today) !== 'complete') warnings.push(`Helpdesk not ready for wave "${wave.name}"`);
    if (!wave.rollbackPlan.trim()) warnings.push(`Wave "${wave.name}" has no rollback plan`);
    if (gate.status === 'go' && gate.criteriaMet < gate.criteriaTotal) {
      warnings.push(`Go decided for wave "${wave.name}" with ${gate.criteriaTotal - gate.criteriaMet} gate criteri${gate.criteriaTotal - gate.criteriaMet === 1 ? 'on' : 'a'} not met`);
    }
  }
  const firstStart = waves.map((w) => w.wave.startDate).filter((d): d is string => d !== null).sort()[0];
  const open = support.filter((item) => !item.done).length;
  if (support.length === 0) warnings.push('No support readiness checklist: is the helpdesk staffed from day one?');
  else if (open > 0 && firstStart && daysTo(firstStart, today) <= LOOKAHEAD_DAYS) {
    warnings.push(`${open} support readiness item${open === 1 ? '' : 's'} open before the first wave`);
  }
  return warnings;
}
