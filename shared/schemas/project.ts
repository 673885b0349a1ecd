import { z } from 'zod';
import { CurrencyCode, IsoDate, Name, Text, Uuid } from './common';

const ProjectFieldsBase = z.object({
  name: Name('Project name'),
  organisation: Text(200),
  description: Text(5_000),
  plannedStart: IsoDate,
  targetGoLive: IsoDate,
  currency: CurrencyCode,
});

function goLiveAfterStart(fields: { plannedStart: string; targetGoLive: string }, ctx: z.RefinementCtx) {
  if (fields.targetGoLive < fields.plannedStart) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetGoLive'],
      message: 'The target go-live cannot be before the planned start',
    });
  }
}

/** The editable fields of a project, with the rule that ties the two dates together. */
export const ProjectFields = ProjectFieldsBase.superRefine(goLiveAfterStart);
export type ProjectFields = z.infer<typeof ProjectFields>;

/** A partial edit; the backend validates the merged result with ProjectFields. */
export const ProjectPatch = ProjectFieldsBase.partial().refine((p) => Object.keys(p).length > 0, {
  message: 'Nothing to change',
});
export type ProjectPatch = z.infer<typeof ProjectPatch>;

export const Project = ProjectFieldsBase.extend({
  id: Uuid,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof Project>;

export const TEMPLATES = ['ten-step', 'blank'] as const;
export const TemplateId = z.enum(TEMPLATES);
export type TemplateId = z.infer<typeof TemplateId>;
