import { format, parseISO } from 'date-fns';
import type { StepWarning } from './step-status';
import type { CommItem, FeedbackItem, StakeholderGroup } from '../schemas/communications';
import { listOf } from './team';

export const COMMUNICATION_TARGETS = {
  plan: { target: 'communications-plan', label: 'Go to the communication plan' },
  feedback: { target: 'communications-feedback', label: 'Go to the feedback log' },
} as const;

export interface CommunicationsInput {
  groups: readonly Pick<StakeholderGroup, 'id' | 'name'>[];
  commItems: readonly Pick<CommItem, 'groupId' | 'plannedDate' | 'status'>[];
  feedback: readonly Pick<FeedbackItem, 'concern' | 'status' | 'targetDate'>[];
  /** First day of the pilot; null when the plan does not date it yet (then any planned communication counts). */
  pilotStart: string | null;
  /** Today, YYYY-MM-DD. */
  today: string;
}

const warn = (message: string, fix: { target: string; label: string }): StepWarning => ({ stepKey: 'communications', message, fix: { ...fix } });
const day = (iso: string) => format(parseISO(iso), 'd MMM yyyy');

/** Every group hears about the rollout at least once before the pilot starts (cancelled items do not count). */
export function groupsNotReached(input: CommunicationsInput): StepWarning[] {
  const reached = new Set(
    input.commItems
      .filter((item) => item.status !== 'cancelled' && (input.pilotStart === null || item.plannedDate < input.pilotStart))
      .map((item) => item.groupId),
  );
  const missing = input.groups.filter((g) => !reached.has(g.id)).map((g) => g.name);
  if (missing.length === 0) return [];
  const when = input.pilotStart ? `before the pilot starts on ${day(input.pilotStart)}` : 'by any planned communication';
  const subject = missing.length === 1 ? `${missing[0]} is` : `${listOf(missing)} are`;
  return [warn(`${subject} not reached ${when}. Plan at least one communication for each${input.pilotStart ? ' dated before then' : ''}.`, COMMUNICATION_TARGETS.plan)];
}

export function overdueConcerns(input: CommunicationsInput): StepWarning[] {
  const overdue = input.feedback.filter((f) => f.status === 'open' && f.targetDate !== null && f.targetDate < input.today);
  if (overdue.length === 0) return [];
  const names = overdue.map((f) => `"${f.concern.length > 50 ? `${f.concern.slice(0, 47)}…` : f.concern}" (due ${day(f.targetDate ?? input.today)})`);
  const message = overdue.length === 1
    ? `The concern ${names[0]} is still open past its target date. Answer it, or agree a new date with the group.`
    : `${overdue.length} concerns are still open past their target dates: ${listOf(names)}. Answer them, or agree new dates with the groups.`;
  return [warn(message, COMMUNICATION_TARGETS.feedback)];
}

export function communicationsWarnings(input: CommunicationsInput): StepWarning[] {
  return [...groupsNotReached(input), ...overdueConcerns(input)];
}
