import { z } from 'zod';
import { IsoDate, Name, Text, Uuid } from './common';

/** What every training programme must cover (from the domain brief, step 6). */
export const MANDATORY_TOPICS = ['principles', 'acceptable_use', 'security_protocols', 'security_events'] as const;
export type MandatoryTopic = (typeof MANDATORY_TOPICS)[number];
export const MANDATORY_TOPIC_LABELS: Record<MandatoryTopic, string> = {
  principles: "Alignment with the organisation's principles",
  acceptable_use: 'Acceptable use and workplace policies',
  security_protocols: 'Security issues and protocols',
  security_events: 'Responding to security events',
};

/** The same topics, short enough for a table cell. */
export const MANDATORY_TOPIC_SHORT_LABELS: Record<MandatoryTopic, string> = {
  principles: 'Principles',
  acceptable_use: 'Acceptable use',
  security_protocols: 'Security protocols',
  security_events: 'Security events',
};

export const MODULE_FORMATS = ['online', 'documentation', 'workshop'] as const;
export type ModuleFormat = (typeof MODULE_FORMATS)[number];
export const MODULE_FORMAT_LABELS: Record<ModuleFormat, string> = {
  online: 'Online resource',
  documentation: 'Documentation',
  workshop: 'Hands-on workshop',
};

export const NEED_LEVELS = ['required', 'optional'] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];

const count = (label: string, max: number) =>
  z.number({ message: `Enter ${label}` }).int('Enter a whole number').min(0, 'Cannot be negative').max(max, `At most ${max.toLocaleString('en')}`);

export const AudienceFields = z.object({
  role: Name('Role', 200),
  headcount: count('the headcount', 1_000_000),
});
export type AudienceFields = z.infer<typeof AudienceFields>;
export const AudiencePatch = AudienceFields.partial();
export type Audience = AudienceFields & { id: string; sortOrder: number };

export const ModuleFields = z.object({
  title: Name('Title', 200),
  format: z.enum(MODULE_FORMATS, { message: 'Choose a format' }),
  durationMinutes: z.number({ message: 'Enter the duration in minutes' }).int('Enter whole minutes').min(5, 'At least 5 minutes').max(2_400, 'At most 2,400 minutes (five days)'),
  topics: z.array(z.enum(MANDATORY_TOPICS)).refine((t) => new Set(t).size === t.length, { message: 'A topic is listed twice' }),
  otherTopics: Text(1_000),
  /** The library entry it was copied from, if any (resources/catalogues/training-modules.json). */
  libraryId: z.string().max(60).nullable(),
});
export type ModuleFields = z.infer<typeof ModuleFields>;
export const ModulePatch = ModuleFields.partial();
export type TrainingModule = ModuleFields & { id: string; sortOrder: number };

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export const SessionFields = z.object({
  moduleId: Uuid.nullable().refine((id) => id !== null, { message: 'Choose the module' }),
  date: IsoDate,
  time: z.string().regex(TIME_PATTERN, 'Enter a time as HH:MM, e.g. 09:30').or(z.literal('')),
  trainer: Text(200),
  capacity: count('the number of seats', 100_000).min(1, 'At least 1 seat'),
  location: Text(500),
});
export type SessionFields = z.infer<typeof SessionFields>;
export const SessionPatch = SessionFields.partial();
export type TrainingSession = SessionFields & { id: string; sortOrder: number };

const EnrolmentBase = z.object({
  sessionId: Uuid.nullable().refine((id) => id !== null, { message: 'Choose the session' }),
  audienceId: Uuid.nullable().refine((id) => id !== null, { message: 'Choose the audience' }),
  enrolled: count('the number enrolled', 100_000),
  completed: count('the number who completed', 100_000),
});

export const EnrolmentFields = EnrolmentBase.superRefine((e, ctx) => {
  if (e.completed > e.enrolled) {
    ctx.addIssue({ code: 'custom', path: ['completed'], message: `Cannot exceed the ${e.enrolled} enrolled` });
  }
});
export type EnrolmentFields = z.infer<typeof EnrolmentFields>;
export const EnrolmentPatch = EnrolmentBase.partial();
export type Enrolment = EnrolmentFields & { id: string; sortOrder: number };

export interface TrainingNeed {
  id: string;
  audienceId: string;
  moduleId: string;
  level: NeedLevel;
}

/** A module of the library shipped with the app. */
export const LibraryModule = z.object({
  id: z.string().regex(/^TM-\d{2}$/),
  title: z.string().min(1),
  format: z.enum(MODULE_FORMATS),
  durationMinutes: z.number().int().min(5),
  topics: z.array(z.enum(MANDATORY_TOPICS)),
  otherTopics: z.string(),
  audiences: z.array(z.string()),
  summary: z.string().min(1),
  source: z.string().min(1),
});
export type LibraryModule = z.infer<typeof LibraryModule>;
