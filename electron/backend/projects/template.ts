import { z } from 'zod';
import { StepKeySchema } from '../../../shared/schemas/step';
import tenStep from '../../../resources/templates/ten-step.json';

const TemplateTask = z.object({
  ref: z.string(),
  name: z.string(),
  days: z.number().int().min(0).optional(),
  milestone: z.boolean().optional(),
  after: z.array(z.string()).optional(),
});

export const PlanTemplate = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    phases: z.array(z.object({ step: StepKeySchema, name: z.string(), tasks: z.array(TemplateTask) })),
  })
  .superRefine((template, ctx) => {
    const refs = new Set(template.phases.flatMap((p) => p.tasks.map((t) => t.ref)));
    for (const phase of template.phases) {
      for (const task of phase.tasks) {
        for (const ref of task.after ?? []) {
          if (!refs.has(ref)) ctx.addIssue({ code: 'custom', message: `Task ${task.ref} depends on unknown ${ref}` });
        }
      }
    }
  });
export type PlanTemplate = z.infer<typeof PlanTemplate>;

/** Parsed once at load: a broken template is a build defect, caught by the unit tests. */
export const TEN_STEP_TEMPLATE: PlanTemplate = PlanTemplate.parse(tenStep);
