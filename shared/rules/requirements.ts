import type { StepWarning } from './step-status';
import type { Requirement, UseCase } from '../schemas/requirements';
import { listOf } from './team';

export const REQUIREMENT_TARGETS = {
  useCases: { target: 'requirements-use-cases', label: 'Go to the use cases' },
  requirements: { target: 'requirements-list', label: 'Go to the requirements' },
} as const;

export interface RequirementsInput {
  useCases: readonly Pick<UseCase, 'id' | 'name' | 'riskTier' | 'status' | 'decisionNote'>[];
  requirements: readonly Pick<Requirement, 'id' | 'code' | 'title' | 'priority' | 'acceptanceCriteria' | 'useCaseIds' | 'status'>[];
}

const warn = (message: string, fix: { target: string; label: string; rowIds?: readonly string[] }): StepWarning => ({ stepKey: 'requirements', message, fix: { ...fix } });
const quoted = (names: readonly string[]) => listOf(names.map((n) => `"${n}"`));

/** A rejected use case needs no requirement; every other one must be backed by at least one. */
export function useCasesWithoutRequirement(input: RequirementsInput): StepWarning[] {
  const linked = new Set(input.requirements.filter((r) => r.status !== 'dropped').flatMap((r) => r.useCaseIds));
  const missing = input.useCases.filter((u) => u.status !== 'rejected' && !linked.has(u.id)).map((u) => u.name);
  if (missing.length === 0) return [];
  const subject = missing.length === 1 ? `Use case ${quoted(missing)} has` : `Use cases ${quoted(missing)} have`;
  return [warn(`${subject} no requirement. Link at least one requirement to each (the "Use cases" column of the requirements).`, REQUIREMENT_TARGETS.requirements)];
}

export function mustHavesWithoutCriteria(input: RequirementsInput): StepWarning[] {
  const missing = input.requirements.filter((r) => r.priority === 'must' && r.status !== 'dropped' && r.acceptanceCriteria.trim() === '');
  if (missing.length === 0) return [];
  const names = missing.map((r) => `${r.code} "${r.title}"`);
  const subject = missing.length === 1 ? `Must-have ${names[0]} has` : `Must-haves ${listOf(names)} have`;
  const label = missing.length === 1 ? `Go to ${missing[0]?.code}` : `Go to these ${missing.length} requirements`;
  return [warn(`${subject} no acceptance criteria. Write how the team will know each is met.`, { ...REQUIREMENT_TARGETS.requirements, label, rowIds: missing.map((r) => r.id) })];
}

export function prohibitedWithoutDecision(input: RequirementsInput): StepWarning[] {
  const undecided = input.useCases.filter((u) => u.riskTier === 'prohibited' && u.decisionNote.trim() === '');
  const missing = undecided.map((u) => u.name);
  if (missing.length === 0) return [];
  const subject = missing.length === 1 ? `Use case ${quoted(missing)} is` : `Use cases ${quoted(missing)} are`;
  const label = missing.length === 1 ? `Go to the use case “${missing[0]}”` : `Go to these ${missing.length} use cases`;
  return [warn(`${subject} in the prohibited tier of the EU AI Act with no decision recorded. Record the decision (usually: rejected, and why) in the decision note.`, { ...REQUIREMENT_TARGETS.useCases, label, rowIds: undecided.map((u) => u.id) })];
}

export function requirementsWarnings(input: RequirementsInput): StepWarning[] {
  return [...useCasesWithoutRequirement(input), ...mustHavesWithoutCriteria(input), ...prohibitedWithoutDecision(input)];
}
