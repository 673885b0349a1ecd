import { z } from 'zod';
import { ProjectFields, TemplateId } from '../../../shared/schemas/project';
import { StepKeySchema } from '../../../shared/schemas/step';
import northwind from '../../../resources/sample/northwind.json';

/** The sample project shipped in resources/sample, validated like any other input. */
export const SampleProject = z.object({
  fileName: z.string().endsWith('.rollout'),
  fields: ProjectFields,
  template: TemplateId,
  progress: z.record(z.string(), z.number().int().min(0).max(100)),
  steps: z.partialRecord(StepKeySchema, z.object({ notes: z.string() })),
});
export type SampleProject = z.infer<typeof SampleProject>;

export const NORTHWIND_SAMPLE: SampleProject = SampleProject.parse(northwind);
