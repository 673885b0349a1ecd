import type { StepWarning } from './step-status';
import {
  MANDATORY_TOPICS, MANDATORY_TOPIC_LABELS,
  type Audience, type Enrolment, type TrainingModule, type TrainingNeed, type TrainingSession,
} from '../schemas/training';
import { listOf } from './team';

export const TRAINING_TARGETS = {
  audiences: { target: 'training-audiences', label: 'Go to the audiences' },
  matrix: { target: 'training-matrix', label: 'Go to the audience and module matrix' },
} as const;

export interface TrainingInput {
  audiences: readonly Pick<Audience, 'id' | 'role'>[];
  modules: readonly Pick<TrainingModule, 'id' | 'topics'>[];
  needs: readonly Pick<TrainingNeed, 'audienceId' | 'moduleId' | 'level'>[];
}

const warn = (message: string, fix: { target: string; label: string }): StepWarning => ({ stepKey: 'training', message, fix: { ...fix } });

/**
 * The programme must cover principles, acceptable use, security protocols and the response to security events, each
 * in a module *required* for every audience. One warning per missing topic, naming the audiences left without it.
 */
export function trainingWarnings(input: TrainingInput): StepWarning[] {
  if (input.audiences.length === 0) {
    return input.modules.length === 0 ? [] : [warn('No audiences yet, so no module is required for anyone. Add the roles to be trained and their headcount.', TRAINING_TARGETS.audiences)];
  }
  const topicsById = new Map(input.modules.map((m) => [m.id, m.topics]));
  const warnings: StepWarning[] = [];
  for (const topic of MANDATORY_TOPICS) {
    const uncovered = input.audiences.filter(
      (audience) => !input.needs.some((n) => n.audienceId === audience.id && n.level === 'required' && topicsById.get(n.moduleId)?.includes(topic)),
    );
    if (uncovered.length === 0) continue;
    const whom = uncovered.length === input.audiences.length ? 'any audience' : listOf(uncovered.map((a) => a.role));
    warnings.push(warn(`"${MANDATORY_TOPIC_LABELS[topic]}" is not in a required module for ${whom}. Cover it in a module and mark that module required.`, TRAINING_TARGETS.matrix));
  }
  return warnings;
}

export interface AudienceCoverage {
  audienceId: string;
  requiredModules: number;
  /** Share of the required training places (headcount x required modules) taken by enrolments, 0-100. */
  enrolledPercent: number;
  /** Share of them completed, 0-100. */
  completedPercent: number;
}

export interface CoverageInput extends TrainingInput {
  audiences: readonly Pick<Audience, 'id' | 'role' | 'headcount'>[];
  sessions: readonly Pick<TrainingSession, 'id' | 'moduleId'>[];
  enrolments: readonly Pick<Enrolment, 'sessionId' | 'audienceId' | 'enrolled' | 'completed'>[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/**
 * Coverage per audience: for each required module, the people of the audience enrolled in (or having completed) one
 * of its sessions, capped at the headcount so a repeated session does not count anyone twice.
 */
export function trainingCoverage(input: CoverageInput): { audiences: AudienceCoverage[]; enrolledPercent: number; completedPercent: number } {
  const moduleOfSession = new Map(input.sessions.map((s) => [s.id, s.moduleId]));
  let places = 0;
  let enrolledAll = 0;
  let completedAll = 0;
  const audiences = input.audiences.map((audience) => {
    const required = input.needs.filter((n) => n.audienceId === audience.id && n.level === 'required').map((n) => n.moduleId);
    let enrolled = 0;
    let completed = 0;
    for (const moduleId of required) {
      const rows = input.enrolments.filter((e) => e.audienceId === audience.id && moduleOfSession.get(e.sessionId) === moduleId);
      enrolled += Math.min(audience.headcount, rows.reduce((sum, e) => sum + e.enrolled, 0));
      completed += Math.min(audience.headcount, rows.reduce((sum, e) => sum + e.completed, 0));
    }
    const total = audience.headcount * required.length;
    places += total;
    enrolledAll += enrolled;
    completedAll += completed;
    return { audienceId: audience.id, requiredModules: required.length, enrolledPercent: percent(enrolled, total), completedPercent: percent(completed, total) };
  });
  return { audiences, enrolledPercent: percent(enrolledAll, places), completedPercent: percent(completedAll, places) };
}
