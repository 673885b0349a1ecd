import type Database from 'better-sqlite3';
import { seedVendors } from '../vendors/sample-seeder';
import { seedBudget } from '../budget/sample-seeder';
import { seedOperations } from '../operations/sample';
import { seedNorthwindPeople } from '../people/sample-seeder';
import { seedTimeline } from '../timeline/sample';

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

// Order matters: vendors and operations link to the team's members and requirements, so people come first;
// the budget links lines to waves and vendors, so it comes after them.
export const SAMPLE_SEEDERS: SampleSeeder[] = [seedNorthwindPeople, seedVendors, seedOperations, seedBudget, seedTimeline];
