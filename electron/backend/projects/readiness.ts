import type Database from 'better-sqlite3';
import type { StepWarning } from '../../../shared/rules/step-status';
import { peopleWarnings } from '../people/readiness';
import { operationsWarnings } from '../operations/readiness';
import { budgetWarnings } from '../budget/view';
import { timelineWarnings } from '../timeline/readiness';
import { collectVendorWarnings } from '../vendors/readiness';

/**
 * Each step's readiness rules (shared/rules) read the project through one of these collectors.
 * The steps' own pages add theirs here as they land (team size, RACI, exit criteria, ...).
 */
type WarningCollector = (db: Database.Database) => StepWarning[];

const COLLECTORS: WarningCollector[] = [
  peopleWarnings,
  operationsWarnings,
  budgetWarnings,
  (db) => timelineWarnings(db),
  collectVendorWarnings,
];

export function collectWarnings(db: Database.Database): StepWarning[] {
  return COLLECTORS.flatMap((collect) => collect(db));
}
