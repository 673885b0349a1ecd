import { z } from 'zod';
import type { Mutation } from '../contract';
import { Empty, method } from '../method';
import { Uuid } from '../../schemas/common';
import { DependencyCreate, DependencyPatch, MoveDirection, TaskCreate, TaskPatch, type Dependency, type Task } from '../../schemas/task';
import {
  BaselineName, HolidayCreate, IcsText, Reschedule, ScheduleQuery, WorkingWeekdays,
  type Baseline, type Holiday, type IcsImportResult, type ProjectCalendar, type ProjectSchedule, type TimelineRelated,
} from '../../schemas/timeline';

const ById = z.object({ id: Uuid }).strict();

/** The timeline: tasks and their hierarchy, dependencies, the calendar, baselines and the computed schedule. */
export const timelineMethods = {
  'tasks.list': method(Empty).returns<{ tasks: Task[]; dependencies: Dependency[] }>(),
  'tasks.create': method(TaskCreate).returns<Mutation<Task>>(),
  /** Changes that one task row and nothing else, and answers it as saved (the renderer puts it in place). */
  'tasks.update': method(z.object({ id: Uuid, patch: TaskPatch }).strict()).returns<Mutation<Task>>(),
  /** Removes the task, everything under it and their dependencies, as one undo step. */
  'tasks.delete': method(ById).returns<Mutation<null>>(),
  'tasks.move': method(z.object({ id: Uuid, direction: MoveDirection }).strict()).returns<Mutation<Task>>(),
  /**
   * A drag on the chart: stores a start-no-earlier-than date (or the new fixed date) and the new duration in that
   * one task row and nothing else (successors move by the schedule, not by being written), and answers the row.
   */
  'tasks.reschedule': method(Reschedule).returns<Mutation<Task>>(),

  'dependencies.add': method(DependencyCreate).returns<Mutation<Dependency>>(),
  'dependencies.update': method(z.object({ id: Uuid, patch: DependencyPatch }).strict()).returns<Mutation<Dependency>>(),
  'dependencies.remove': method(ById).returns<Mutation<null>>(),

  'calendar.get': method(Empty).returns<ProjectCalendar>(),
  'calendar.update': method(z.object({ workingWeekdays: WorkingWeekdays }).strict()).returns<Mutation<ProjectCalendar>>(),
  'holidays.add': method(HolidayCreate).returns<Mutation<Holiday>>(),
  'holidays.remove': method(ById).returns<Mutation<null>>(),
  'holidays.import': method(z.object({ ics: IcsText }).strict()).returns<Mutation<IcsImportResult>>(),

  'baselines.list': method(Empty).returns<Baseline[]>(),
  'baselines.save': method(z.object({ name: BaselineName }).strict()).returns<Mutation<Baseline>>(),
  'baselines.delete': method(ById).returns<Mutation<null>>(),

  /** The computed schedule: dates, slack, critical path, roll-ups, lateness and the variance against a baseline. */
  'schedule.get': method(ScheduleQuery).returns<ProjectSchedule>(),
  /** Team members, waves, training sessions and communications a task can link to, and the dated events of steps 5 and 6. */
  'timeline.related': method(Empty).returns<TimelineRelated>(),
} as const;
