import { addMonths, format, nextMonday } from 'date-fns';
import type { ProjectFields, TemplateId } from '../../../shared/schemas/project';

export type NewProjectValues = Omit<ProjectFields, 'description'> & { template: TemplateId };

const toIso = (date: Date) => format(date, 'yyyy-MM-dd');

/** Rollouts start on a Monday and a six-month runway is the usual first guess for an organisation-wide go-live. */
export function newProjectDefaults(today: Date = new Date()): NewProjectValues {
  const start = nextMonday(today);
  return {
    name: '',
    organisation: '',
    plannedStart: toIso(start),
    targetGoLive: toIso(addMonths(start, 6)),
    currency: 'EUR',
    template: 'ten-step',
  };
}
