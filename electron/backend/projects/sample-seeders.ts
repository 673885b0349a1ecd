import type Database from 'better-sqlite3';

export interface SeedContext {
  /** Ids of the template's tasks by their ref in resources/templates/ten-step.json. */
  taskIdByRef: ReadonlyMap<string, string>;
  actor: string;
  now: string;
}

/**
 * Fill the sample project ("Northwind Insurance") with each feature's example data, so opening the sample shows
 * every feature. One seeder per feature area, each reading its own file under resources/sample/.
 */
export type SampleSeeder = (db: Database.Database, context: SeedContext) => void;

export const SAMPLE_SEEDERS: SampleSeeder[] = [];
