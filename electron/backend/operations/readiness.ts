import type Database from 'better-sqlite3';
import type { StepWarning } from '../../../shared/rules/step-status';
import type { StepKey } from '../../../shared/steps';
import { readDeployment } from './deployment-view';
import { readGovernance } from './governance-view';
import { readMonitoring } from './monitoring-view';
import { readPilot } from './pilot-view';
import { todayIso } from './records';

const as = (stepKey: StepKey, messages: string[]): StepWarning[] => messages.map((message) => ({ stepKey, message }));

/** Steps 7 to 10: the pure rules of shared/rules, applied to what the file holds today. */
export const pilotReadiness = (db: Database.Database) => as('pilot', readPilot(db, todayIso()).warnings);
export const deploymentReadiness = (db: Database.Database) => as('deployment', readDeployment(db, todayIso()).warnings);
export const monitoringReadiness = (db: Database.Database) => as('monitoring', readMonitoring(db, todayIso()).warnings);
export const governanceReadiness = (db: Database.Database) => as('contingency', readGovernance(db, todayIso()).warnings);

export const operationsWarnings = (db: Database.Database): StepWarning[] => [
  ...pilotReadiness(db),
  ...deploymentReadiness(db),
  ...monitoringReadiness(db),
  ...governanceReadiness(db),
];
