import { z } from 'zod';
import { IsoDate, Name, Text } from './common';
import { DecidedBy } from './pilot';

/** Step 8: the strategy, the waves, the go/no-go gate before each wave and the support readiness checklist. */

export const STRATEGIES = ['phased', 'all_at_once'] as const;
export const STRATEGY_LABELS: Record<(typeof STRATEGIES)[number], string> = { phased: 'Phased, in waves', all_at_once: 'All at once' };

export const DeploymentPlanPatch = z
  .object({ strategy: z.enum(STRATEGIES, { message: 'Choose phased or all at once' }), notes: Text(4_000) })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });
export interface DeploymentPlan {
  strategy: (typeof STRATEGIES)[number];
  notes: string;
}

export const WaveFields = z.object({
  name: Name('Wave name'),
  audiences: Text(1_000),
  headcount: z.number({ message: 'Headcount must be a number' }).int('Headcount must be a whole number').min(0, 'Headcount cannot be negative').max(10_000_000),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  entryCriteria: Text(4_000),
  exitCriteria: Text(4_000),
  helpdeskReady: z.boolean(),
  champions: Text(1_000),
  hypercareDays: z.number({ message: 'Enter a number of days' }).int('Whole days only').min(0, 'Cannot be negative').max(365, 'At most 365 days'),
  rollbackPlan: Text(4_000),
});
export type Wave = z.infer<typeof WaveFields> & { id: string; sortOrder: number };

export const GateCriterionFields = z.object({
  waveId: z.uuid({ message: 'Choose a wave' }),
  text: Name('Criterion', 500),
  met: z.boolean(),
  evidence: Text(2_000),
});
export type GateCriterion = z.infer<typeof GateCriterionFields> & { id: string; sortOrder: number };

export const SupportItemFields = z.object({
  text: Name('Item', 500),
  owner: Text(200),
  dueDate: IsoDate.nullable(),
  done: z.boolean(),
});
export type SupportItem = z.infer<typeof SupportItemFields> & { id: string; sortOrder: number };

export const GATE_OUTCOMES = ['go', 'no_go'] as const;
export type GateOutcome = (typeof GATE_OUTCOMES)[number];
export const GATE_OUTCOME_LABELS: Record<GateOutcome, string> = { go: 'Go', no_go: 'No go' };

export const SignOff = DecidedBy.extend({ signedOn: IsoDate });
export type SignOff = z.infer<typeof SignOff>;

export const GateDecisionInput = z
  .object({
    waveId: z.uuid({ message: 'Choose a wave' }),
    outcome: z.enum(GATE_OUTCOMES, { message: 'Choose go or no go' }),
    decidedOn: IsoDate,
    rationale: Name('Rationale', 4_000),
    signOffs: z.array(SignOff).min(1, 'At least one person with go/no-go rights must sign off').max(30),
  })
  .superRefine((value, ctx) => {
    const names = value.signOffs.map((s) => s.name.toLowerCase());
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', path: ['signOffs'], message: 'Each person signs once' });
  });
export type GateDecisionInput = z.infer<typeof GateDecisionInput>;

export interface GateDecision {
  id: string;
  waveId: string;
  outcome: GateOutcome;
  decidedOn: string;
  rationale: string;
  signOffs: SignOff[];
  recordedAt: string;
  recordedBy: string;
}
