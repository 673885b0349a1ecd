import ICAL from 'ical.js';
import { ApiError } from '../../../shared/errors';
import { isIsoDate } from '../../../shared/schemas/common';

export interface IcsHoliday {
  date: string;
  label: string;
}

/** A holiday longer than this is a season, not a holiday: the rest of its days are left out. */
const MAX_DAYS_PER_EVENT = 31;
const MAX_OCCURRENCES = 500;

function invalid(message: string): ApiError {
  return new ApiError('VALIDATION', message, [{ path: ['ics'], message }]);
}

function isoOf(time: ICAL.Time): string {
  return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

/**
 * The holidays in an iCalendar file: every day of every all-day event (recurring events expanded from
 * `from` to `to`), first label per date. A file that is not a calendar, or one without events, is refused
 * with a message a person can act on; nothing is imported from it.
 */
export function holidaysFromIcs(text: string, from: string, to: string): IcsHoliday[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 160) : 'unreadable';
    throw invalid(`This file is not a valid calendar (.ics) file: ${reason}`);
  }
  const calendars = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const byDate = new Map<string, string>();
  let events = 0;
  for (const jcal of calendars) {
    if (!Array.isArray(jcal) || jcal[0] !== 'vcalendar') throw invalid('This file is not a calendar: it should start with BEGIN:VCALENDAR.');
    const component = new ICAL.Component(jcal as unknown as ConstructorParameters<typeof ICAL.Component>[0]);
    for (const vevent of component.getAllSubcomponents('vevent')) {
      events++;
      const event = new ICAL.Event(vevent);
      if (!vevent.hasProperty('dtstart')) throw invalid(`Event ${events} ("${event.summary ?? 'untitled'}") has no start date.`);
      const label = (event.summary ?? '').trim().slice(0, 200);
      const starts = event.isRecurring() ? occurrences(event, from, to) : [event.startDate];
      const length = event.endDate && event.startDate.isDate ? Math.max(1, Math.min(MAX_DAYS_PER_EVENT, event.endDate.subtractDate(event.startDate).toSeconds() / 86_400)) : 1;
      for (const start of starts) {
        for (let offset = 0; offset < length; offset++) {
          const day = start.clone();
          day.isDate = true;
          day.adjust(offset, 0, 0, 0);
          const iso = isoOf(day);
          if (isIsoDate(iso) && !byDate.has(iso)) byDate.set(iso, label);
        }
      }
    }
  }
  if (events === 0) throw invalid('The calendar file has no events: there are no holidays in it to import.');
  return [...byDate].map(([date, label]) => ({ date, label })).sort((a, b) => a.date.localeCompare(b.date));
}

function occurrences(event: ICAL.Event, from: string, to: string): ICAL.Time[] {
  const out: ICAL.Time[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && out.length < MAX_OCCURRENCES; next = iterator.next()) {
    const iso = isoOf(next);
    if (iso > to) break;
    if (iso >= from) out.push(next);
  }
  return out;
}
