import { z } from 'zod';
import { IsoDate, Name, Text, Uuid } from './common';

export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const StakeholderGroupFields = z.object({
  name: Name('Group name', 200),
  size: z.number({ message: 'Enter the number of people' }).int('Enter a whole number').min(0, 'Cannot be negative').max(10_000_000, 'At most 10,000,000'),
  influence: z.enum(LEVELS, { message: 'Choose low, medium or high' }),
  interest: z.enum(LEVELS, { message: 'Choose low, medium or high' }),
  concerns: Text(2_000),
});
export type StakeholderGroupFields = z.infer<typeof StakeholderGroupFields>;
export const StakeholderGroupPatch = StakeholderGroupFields.partial();
export type StakeholderGroup = StakeholderGroupFields & { id: string; sortOrder: number };

export const CHANNELS = ['email', 'intranet', 'briefing', 'town_hall', 'team_briefing', 'newsletter', 'video', 'workshop', 'one_to_one', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  intranet: 'Intranet',
  briefing: 'Briefing or meeting',
  town_hall: 'Town hall',
  team_briefing: 'Team briefing',
  newsletter: 'Newsletter',
  video: 'Video',
  workshop: 'Workshop',
  one_to_one: 'One-to-one',
  other: 'Other',
};

export const COMM_STATUSES = ['planned', 'ready', 'sent', 'cancelled'] as const;
export type CommStatus = (typeof COMM_STATUSES)[number];
export const COMM_STATUS_LABELS: Record<CommStatus, string> = { planned: 'Planned', ready: 'Ready', sent: 'Sent', cancelled: 'Cancelled' };

export const CommItemFields = z.object({
  groupId: Uuid.nullable().refine((id) => id !== null, { message: 'Choose the audience' }),
  message: Name('Message', 1_000),
  channel: z.enum(CHANNELS, { message: 'Choose a channel' }),
  plannedDate: IsoDate,
  owner: Text(200),
  status: z.enum(COMM_STATUSES, { message: 'Choose a status' }),
});
export type CommItemFields = z.infer<typeof CommItemFields>;
export const CommItemPatch = CommItemFields.partial();
export type CommItem = CommItemFields & { id: string; sortOrder: number };

export const FEEDBACK_STATUSES = ['open', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = { open: 'Open', answered: 'Answered', closed: 'Closed' };

const FeedbackBase = z.object({
  groupId: Uuid.nullable(),
  concern: Name('Concern', 2_000),
  response: Text(5_000),
  status: z.enum(FEEDBACK_STATUSES, { message: 'Choose open, answered or closed' }),
  targetDate: IsoDate.nullable(),
});

/** An answered concern must say what the answer was. */
export const FeedbackFields = FeedbackBase.superRefine((f, ctx) => {
  if (f.status !== 'open' && f.response.trim() === '') {
    ctx.addIssue({ code: 'custom', path: ['response'], message: 'Write the response before marking the concern answered or closed' });
  }
});
export type FeedbackFields = z.infer<typeof FeedbackFields>;
export const FeedbackPatch = FeedbackBase.partial();
export type FeedbackItem = FeedbackFields & { id: string; sortOrder: number };
