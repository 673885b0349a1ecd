import type Database from 'better-sqlite3';
import type { StepWarning } from '../../../shared/rules/step-status';

/**
 * Each step's readiness rules (shared/rules) read the project through one of these collectors.
 * The steps' own pages add theirs here as they land (team size, RACI, exit criteria, ...).
 */
type WarningCollector = (db: Database.Database) => StepWarning[];

const COLLECTORS: WarningCollector[] = [];

export function collectWarnings(db: Database.Database): StepWarning[] {
  return COLLECTORS.flatMap((collect) => collect(db));
}
