import { z } from 'zod';
import { DIRECTIONS, FREQUENCIES, KPI_CATEGORIES } from './monitoring';
import { FRAMEWORKS } from './governance';

/** The shape of resources/catalogues/{risks,kpis,compliance}.json: every entry keeps its id and its source. */

export const RiskCatalogue = z.object({
  attribution: z.string(),
  groups: z.array(z.object({ id: z.string(), title: z.string(), source: z.string() })).min(1),
  categories: z.array(z.object({ id: z.string().min(1), group: z.string(), title: z.string().min(1), description: z.string() })).min(1),
});
export type RiskCatalogue = z.infer<typeof RiskCatalogue>;

export const KpiLibrary = z.object({
  attribution: z.string(),
  kpis: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      category: z.enum(KPI_CATEGORIES),
      unit: z.string(),
      direction: z.enum(DIRECTIONS),
      target: z.number(),
      warning: z.number(),
      critical: z.number(),
      frequency: z.enum(FREQUENCIES),
      description: z.string(),
    }),
  ).min(1),
});
export type KpiLibrary = z.infer<typeof KpiLibrary>;
export type LibraryKpi = KpiLibrary['kpis'][number];

export const ComplianceCatalogue = z.object({
  attribution: z.string(),
  items: z.array(z.object({ framework: z.enum(FRAMEWORKS), ref: z.string().min(1), title: z.string().min(1) })).min(1),
});
export type ComplianceCatalogue = z.infer<typeof ComplianceCatalogue>;

export interface OperationsCatalogues {
  risks: RiskCatalogue;
  kpis: KpiLibrary;
  compliance: ComplianceCatalogue;
}
