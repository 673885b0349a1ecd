import { z } from 'zod';
import { LibraryModule } from '../../../shared/schemas/training';
import catalogue from '../../../resources/catalogues/training-modules.json';

const Catalogue = z.object({
  id: z.literal('training-modules'),
  name: z.string(),
  description: z.string(),
  modules: z.array(LibraryModule).min(1),
});

/** Parsed once at load: a broken catalogue is a build defect, caught by the unit tests. */
export const TRAINING_LIBRARY: readonly LibraryModule[] = Catalogue.parse(catalogue).modules;
