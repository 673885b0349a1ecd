import type { StepWarning } from './step-status';
import { STEPS } from '../steps';
import { DECISIONS, RACI_ITEMS, raciItemLabel, type Member, type RaciAssignment, type RaciItem, type TeamFunction } from '../schemas/team';

/** "Large enough to be comprehensive, small enough to decide": about ten people at most. */
export const MAX_TEAM_SIZE = 10;

export const TEAM_TARGETS = {
  members: { target: 'team-members', label: 'Go to the members' },
  functions: { target: 'team-functions', label: 'Go to the functions' },
  raci: { target: 'team-raci', label: 'Go to the RACI grid' },
} as const;

export interface TeamInput {
  functions: readonly Pick<TeamFunction, 'id' | 'name' | 'usesModels'>[];
  members: readonly Pick<Member, 'id' | 'name' | 'functionId' | 'role' | 'decisionRights'>[];
  raci: readonly Pick<RaciAssignment, 'memberId' | 'item' | 'role'>[];
}

const warn = (message: string, fix: { target: string; label: string; rowIds?: readonly string[] }): StepWarning => ({ stepKey: 'team', message, fix: { ...fix } });

export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function raciColumnName(item: RaciItem): string {
  return raciItemLabel(item, (key) => {
    const step = STEPS.find((s) => s.key === key);
    return step ? `step ${step.number} (${step.title})` : key;
  });
}

export function teamSizeWarnings(input: TeamInput): StepWarning[] {
  const count = input.members.length;
  if (count <= MAX_TEAM_SIZE) return [];
  return [warn(`The team has ${count} members; keep it to about ${MAX_TEAM_SIZE} so it can still decide. Make some of them advisors outside the core team or merge overlapping seats.`, TEAM_TARGETS.members)];
}

export function unrepresentedFunctionWarnings(input: TeamInput): StepWarning[] {
  const represented = new Set(input.members.map((m) => m.functionId));
  const missingFunctions = input.functions.filter((f) => f.usesModels && !represented.has(f.id));
  const missing = missingFunctions.map((f) => f.name);
  if (missing.length === 0) return [];
  const which = missing.length === 1 ? `${missing[0]} will use the models but has` : `${listOf(missing)} will use the models but have`;
  const label = missing.length === 1 ? `Go to the function “${missing[0]}”` : `Go to these ${missing.length} functions`;
  return [warn(`${which} no one on the team. Add a member from each, or mark the function as not using the models.`, { ...TEAM_TARGETS.functions, label, rowIds: missingFunctions.map((f) => f.id) })];
}

/** Every step and key decision needs exactly one Accountable person: none means nobody owns it, two means nobody does. */
export function accountableWarnings(input: TeamInput): StepWarning[] {
  const accountable = new Map<string, string[]>();
  const memberName = new Map(input.members.map((m) => [m.id, m.name]));
  for (const cell of input.raci) {
    if (cell.role !== 'A' || !memberName.has(cell.memberId)) continue;
    accountable.set(cell.item, [...(accountable.get(cell.item) ?? []), memberName.get(cell.memberId) ?? '']);
  }
  const none = RACI_ITEMS.filter((item) => !accountable.has(item));
  const several = RACI_ITEMS.filter((item) => (accountable.get(item)?.length ?? 0) > 1);
  const warnings: StepWarning[] = [];
  if (none.length === RACI_ITEMS.length) {
    warnings.push(warn(`No one is Accountable for any of the ten steps or the ${DECISIONS.length} key decisions yet. Put exactly one A in every column of the RACI grid.`, TEAM_TARGETS.raci));
  } else if (none.length > 0) {
    warnings.push(warn(`No one is Accountable for ${listOf(none.map(raciColumnName))}. Give each exactly one A in the RACI grid.`, TEAM_TARGETS.raci));
  }
  for (const item of several) {
    const column = raciColumnName(item);
    warnings.push(warn(`${column.charAt(0).toUpperCase()}${column.slice(1)} has ${accountable.get(item)?.length} Accountable people (${listOf(accountable.get(item) ?? [])}); keep exactly one A and make the others R or C.`, TEAM_TARGETS.raci));
  }
  return warnings;
}

export function sponsorWarnings(input: TeamInput): StepWarning[] {
  if (input.members.some((m) => m.role === 'sponsor')) return [];
  return [warn('The team has no sponsor. Name the executive who owns the rollout and set their role to Sponsor.', TEAM_TARGETS.members)];
}

export function goNoGoWarnings(input: TeamInput): StepWarning[] {
  if (input.members.some((m) => m.decisionRights.includes('go_no_go'))) return [];
  return [warn('Nobody holds go/no-go rights, so no one can stop or start a pilot or a wave. Give the go/no-go decision right to a member.', TEAM_TARGETS.members)];
}

/**
 * Step 1's readiness. An empty team is a step not started yet, not a problem: the rules apply from the first member.
 */
export function teamWarnings(input: TeamInput): StepWarning[] {
  if (input.members.length === 0) return [];
  return [
    ...teamSizeWarnings(input),
    ...unrepresentedFunctionWarnings(input),
    ...sponsorWarnings(input),
    ...goNoGoWarnings(input),
    ...accountableWarnings(input),
  ];
}
