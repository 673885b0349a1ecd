import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { MSPDI_LIMITS, listOf, textOf, type XmlNode } from './mspdi-xml';

interface IssueSink {
  add(path: (string | number)[], message: string): void;
}

export interface ImportedCalendar {
  /** 0 = Sunday ... 6 = Saturday, as the app stores them. */
  workingWeekdays: number[];
  holidays: { date: string; label: string }[];
}

const dateOf = (value: string | undefined): string | null => {
  const day = value?.trim().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(parseISO(day).getTime()) ? day : null;
};

/** The project's calendar: the one named by Project.CalendarUID, else "Standard", else the first. */
function pickCalendar(project: XmlNode): { node: XmlNode; index: number } | null {
  const calendars = listOf(project, 'Calendars', 'Calendar');
  if (calendars.length === 0) return null;
  const wanted = textOf(project, 'CalendarUID');
  let index = calendars.findIndex((c) => wanted !== undefined && textOf(c, 'UID') === wanted);
  if (index === -1) index = calendars.findIndex((c) => (textOf(c, 'Name') ?? '').toLowerCase() === 'standard');
  if (index === -1) index = 0;
  return { node: calendars[index] as XmlNode, index };
}

/**
 * Working weekdays from WeekDays (DayType 1 = Sunday ... 7 = Saturday) and holidays from the non-working
 * Exceptions (and the older WeekDay entries with DayType 0), one row per day. A daily exception covers each day
 * of its period; other recurrences import their first day only.
 */
export function importCalendar(project: XmlNode, issues: IssueSink): ImportedCalendar {
  const picked = pickCalendar(project);
  if (!picked) return { workingWeekdays: [1, 2, 3, 4, 5], holidays: [] };
  const base: (string | number)[] = ['Calendars', 'Calendar', picked.index];
  const working = new Set([1, 2, 3, 4, 5]);
  const ranges: { from: string; to: string; label: string; path: (string | number)[] }[] = [];

  listOf(picked.node, 'WeekDays', 'WeekDay').forEach((day, i) => {
    const type = Number(textOf(day, 'DayType'));
    const isWorking = textOf(day, 'DayWorking') === '1';
    if (type >= 1 && type <= 7 && Number.isInteger(type)) {
      if (isWorking) working.add(type - 1);
      else working.delete(type - 1);
    } else if (type === 0 && !isWorking) {
      const period = day.TimePeriod as XmlNode | undefined;
      const from = dateOf(textOf(period, 'FromDate'));
      if (from) ranges.push({ from, to: dateOf(textOf(period, 'ToDate')) ?? from, label: '', path: [...base, 'WeekDays', 'WeekDay', i, 'TimePeriod'] });
    }
  });
  if (working.size === 0) issues.add([...base, 'WeekDays'], 'The calendar has no working day in the week');

  listOf(picked.node, 'Exceptions', 'Exception').forEach((exception, i) => {
    const path = [...base, 'Exceptions', 'Exception', i, 'TimePeriod'];
    if (textOf(exception, 'DayWorking') === '1') return;
    const period = exception.TimePeriod as XmlNode | undefined;
    const from = dateOf(textOf(period, 'FromDate'));
    if (!from) {
      issues.add(path, 'The exception has no valid FromDate');
      return;
    }
    const type = textOf(exception, 'Type');
    const to = type === undefined || type === '1' ? (dateOf(textOf(period, 'ToDate')) ?? from) : from;
    ranges.push({ from, to, label: (textOf(exception, 'Name') ?? '').trim().slice(0, 200), path });
  });

  const byDate = new Map<string, string>();
  for (const range of ranges) {
    const span = differenceInCalendarDays(parseISO(range.to), parseISO(range.from));
    if (span < 0) {
      issues.add(range.path, 'The exception ends before it starts');
      continue;
    }
    if (span + 1 > MSPDI_LIMITS.maxExceptionDays) {
      issues.add(range.path, `The exception spans ${span + 1} days; at most ${MSPDI_LIMITS.maxExceptionDays} days are imported as holidays`);
      continue;
    }
    for (let d = 0; d <= span; d++) {
      const date = format(addDays(parseISO(range.from), d), 'yyyy-MM-dd');
      if (!byDate.has(date)) byDate.set(date, range.label);
    }
    if (byDate.size > MSPDI_LIMITS.maxHolidays) {
      issues.add([...base, 'Exceptions'], `The calendar has more than ${MSPDI_LIMITS.maxHolidays.toLocaleString('en')} non-working days`);
      break;
    }
  }
  return {
    workingWeekdays: [...working].sort((a, b) => a - b),
    holidays: [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, label]) => ({ date, label })),
  };
}
