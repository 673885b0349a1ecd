import path from 'node:path';
import { createNewProject } from '../../electron/backend/projects/new-project';
import { NORTHWIND_SAMPLE } from '../../electron/backend/projects/sample';
import { SAMPLE_SEEDERS } from '../../electron/backend/projects/sample-seeders';

/** Writes the Northwind sample project (every feature area seeded) into `dir` and answers its path. */
export function writeSampleProject(dir: string, fileName = NORTHWIND_SAMPLE.fileName): string {
  const sample = NORTHWIND_SAMPLE;
  const filePath = path.join(dir, fileName);
  createNewProject(filePath, {
    fields: sample.fields,
    template: sample.template,
    actor: 'tester',
    progress: sample.progress,
    stepNotes: Object.fromEntries(Object.entries(sample.steps).map(([key, value]) => [key, value?.notes ?? ''])),
    seeders: SAMPLE_SEEDERS,
  });
  return filePath;
}
