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
export const pilotReadiness = (db: Database.Database, now = new Date()) => as('pilot', readPilot(db, todayIso(now)).warnings);
export const deploymentReadiness = (db: Database.Database, now = new Date()) => as('deployment', readDeployment(db, todayIso(now)).warnings);
export const monitoringReadiness = (db: Database.Database, now = new Date()) => as('monitoring', readMonitoring(db, todayIso(now)).warnings);
export const governanceReadiness = (db: Database.Database, now = new Date()) => as('contingency', readGovernance(db, todayIso(now)).warnings);

export const operationsWarnings = (db: Database.Database, now = new Date()): StepWarning[] => [
  ...pilotReadiness(db, now),
  ...deploymentReadiness(db, now),
  ...monitoringReadiness(db, now),
  ...governanceReadiness(db, now),
];
