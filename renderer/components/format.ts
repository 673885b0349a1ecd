import { differenceInCalendarDays, format, parseISO } from 'date-fns';

/** Plan dates are calendar dates (YYYY-MM-DD); parseISO reads them as local midnight, so no time zone shifts the day. */
export function formatPlanDate(isoDate: string): string {
  const date = parseISO(isoDate);
  return Number.isNaN(date.getTime()) ? isoDate : format(date, 'd MMM yyyy');
}

export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy, HH:mm');
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : format(date, 'HH:mm');
}

export function daysUntil(isoDate: string, today: Date = new Date()): number {
  return differenceInCalendarDays(parseISO(isoDate), today);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
