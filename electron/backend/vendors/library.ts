import { z } from 'zod';
import type { CriteriaLibrary } from '../../../shared/api/methods/vendors';
import { DIRECTIONS, SCALES } from '../../../shared/rules/scoring/scales';
import catalogue from '../../../resources/catalogues/vendor-criteria.json';

const LibraryFile = z.object({
  title: z.string(),
  note: z.string(),
  groups: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      criteria: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          description: z.string(),
          scale: z.enum(SCALES),
          direction: z.enum(DIRECTIONS),
          mustHave: z.boolean(),
          defaultWeight: z.number().min(0).max(100),
          source: z.string(),
        }),
      ),
    }),
  ),
});

/** The shipped criteria library (resources/catalogues/vendor-criteria.json), validated once. */
export const CRITERIA_LIBRARY: CriteriaLibrary = LibraryFile.parse(catalogue);
