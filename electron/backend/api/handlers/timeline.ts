import type { timelineMethods } from '../../../../shared/api/methods/timeline';
import { calendarHandlers } from '../../timeline/calendar-handlers';
import { linkHandlers } from '../../timeline/link-handlers';
import { taskHandlers } from '../../timeline/task-handlers';
import { relatedHandlers } from '../../timeline/related';
import type { HandlerMap } from '../handler-types';

/** The timeline's methods: tasks, dependencies, the calendar and holidays, baselines and the computed schedule. */
export const timelineHandlers: HandlerMap<keyof typeof timelineMethods> = {
  ...taskHandlers,
  ...linkHandlers,
  ...calendarHandlers,
  ...relatedHandlers,
};
