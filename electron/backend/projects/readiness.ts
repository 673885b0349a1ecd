import type Database from 'better-sqlite3';
import type { StepWarning } from '../../../shared/rules/step-status';
import { peopleWarnings } from '../people/readiness';
import { operationsWarnings } from '../operations/readiness';
import { budgetWarnings } from '../budget/view';
import { timelineWarnings } from '../timeline/readiness';
import { collectVendorWarnings } from '../vendors/readiness';
import { todayIso } from '../operations/records';

/**
 * Each step's readiness rules (shared/rules) read the project through one of these collectors.
 * The steps' own pages add theirs here as they land (team size, RACI, exit criteria, ...).
 */
type WarningCollector = (db: Database.Database, now: Date) => StepWarning[];

const COLLECTORS: WarningCollector[] = [
  peopleWarnings,
  operationsWarnings,
  budgetWarnings,
  (db, now) => timelineWarnings(db, todayIso(now)),
  collectVendorWarnings,
];

/** `now` decides what is overdue or late: the app passes the clock, reports and exports the date they are made for. */
export function collectWarnings(db: Database.Database, now: Date = new Date()): StepWarning[] {
  return COLLECTORS.flatMap((collect) => collect(db, now));
}
