import type Database from 'better-sqlite3';
import { communicationsWarnings } from '../../../shared/rules/communications';
import { requirementsWarnings } from '../../../shared/rules/requirements';
import type { StepWarning } from '../../../shared/rules/step-status';
import { teamWarnings } from '../../../shared/rules/team';
import { trainingWarnings } from '../../../shared/rules/training';
import { readPeople } from './read';
import { pilotStart } from './pilot-start';
import { todayIso } from '../operations/records';

/** Steps 1, 2, 5 and 6: reads the rows once and hands them to the pure rules of shared/rules. */
export function peopleWarnings(db: Database.Database, now: Date = new Date()): StepWarning[] {
  const data = readPeople(db);
  const hasCommunications = data.groups.length > 0;
  return [
    ...teamWarnings(data),
    ...requirementsWarnings(data),
    // The pilot date costs a schedule computation: only when there is something to check against it.
    ...(hasCommunications || data.feedback.length > 0
      ? communicationsWarnings({ ...data, pilotStart: hasCommunications ? pilotStart(db) : null, today: todayIso(now) })
      : []),
    ...trainingWarnings(data),
  ];
}
