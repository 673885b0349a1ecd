import Gantt, { type FrappeBar, type FrappeTask } from 'frappe-gantt';

/** One row of the chart as the timeline knows it; turned into the (mutable, HTML-interpreted) object frappe-gantt wants. */
export interface ChartRow {
  id: string;
  name: string;
  start: string;
  finish: string;
  progress: number;
  /** 'event': a communication or training session of another step, shown as a diamond that cannot be dragged. */
  kind: 'task' | 'milestone' | 'summary' | 'event';
  critical: boolean;
  late: boolean;
  baselineStart: string | null;
  baselineFinish: string | null;
  /** Predecessors among the rows shown (frappe draws an arrow only between two bars it has). */
  dependencies: string[];
}

export interface RangeAndMode {
  viewMode: 'Day' | 'Week' | 'Month';
  /** First and last day the chart shows, whatever slice of rows it holds. */
  rangeStart: string;
  rangeEnd: string;
}

interface WindowedTask extends FrappeTask {
  rp_baseline: { start: Date; end: Date } | null;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** frappe-gantt writes task names with innerHTML: it only ever gets an escaped copy. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** frappe-gantt works in local time: "2027-01-04" is local midnight there, so the conversion back uses local fields too. */
export function localDate(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function isoOfLocal(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function addDays(date: Date, days: number): Date {
  const copy = new Date(date);
  copy.setDate(copy.getDate() + days);
  return copy;
}

/** One token only: frappe-gantt passes custom_class to classList.add, which refuses spaces. */
export function barClass(row: Pick<ChartRow, 'kind' | 'critical' | 'late'>): string {
  return `rp-${row.kind}${row.critical && row.kind !== 'summary' ? '_critical' : ''}${row.late ? '_late' : ''}`;
}

/** A fresh, escaped object per row: frappe-gantt mutates what it is given. */
export function toFrappeTask(row: ChartRow): WindowedTask {
  return {
    id: row.id,
    name: escapeHtml(row.name),
    start: row.start,
    end: row.finish,
    progress: row.kind === 'milestone' || row.kind === 'event' ? 0 : row.progress,
    dependencies: [...row.dependencies],
    custom_class: barClass(row),
    rp_baseline: row.baselineStart && row.baselineFinish ? { start: localDate(row.baselineStart), end: addDays(localDate(row.baselineFinish), 1) } : null,
  };
}

/**
 * frappe-gantt with three changes made by overriding its own methods: the date range is fixed by the caller
 * (so a slice of rows keeps the dates of the whole plan), rendering never scrolls by itself (the wrapper keeps
 * the position), and baseline bars are drawn under the current bars after each render.
 */
export class WindowedGantt extends Gantt {
  override setup_gantt_dates(): void {
    const range = this.options.rp_range as { start: Date; end: Date };
    this.gantt_start = new Date(range.start);
    this.gantt_end = new Date(range.end);
    this.config.date_format = (this.config.view_mode.date_format as string | undefined) ?? (this.options.date_format as string);
  }

  /**
   * Weekends and holidays as shaded columns. frappe-gantt's own version formats every day of the range with two
   * new Intl.DateTimeFormat objects and scans the holiday list per day: a third of a second for a two-year plan.
   * Here one pass with a set. Not drawn in the month view, where a day is a few pixels wide.
   */
  override highlight_holidays(): void {
    if (this.config.unit !== 'day') return;
    const { nonWorking, holidays } = this.options.rp_calendar as { nonWorking: readonly number[]; holidays: readonly { date: string }[] };
    const holidayDates = new Set(holidays.map((h) => h.date));
    const start = this.gantt_start;
    const height = String(this.grid_height - this.config.header_height);
    const width = String(this.config.column_width / this.config.step);
    const y = String(this.config.header_height);
    const fragment = document.createDocumentFragment();
    for (const day = new Date(start); day <= this.gantt_end; day.setDate(day.getDate() + 1)) {
      const holiday = holidayDates.has(isoOfLocal(day));
      if (!holiday && !nonWorking.includes(day.getDay())) continue;
      // The same arithmetic as frappe-gantt's date_utils.diff(day, start, 'day'), so columns sit under its grid.
      const days = Math.round(((day.getTime() - start.getTime() + (start.getTimezoneOffset() - day.getTimezoneOffset()) * 60_000) / 86_400_000) * 100) / 100;
      const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      rect.setAttribute('x', String(Math.round((days / this.config.step) * this.config.column_width)));
      rect.setAttribute('y', y);
      rect.setAttribute('width', width);
      rect.setAttribute('height', height);
      rect.setAttribute('class', holiday ? 'holiday-highlight rp-holiday' : 'holiday-highlight rp-nonworking');
      fragment.appendChild(rect);
    }
    this.layers.grid.appendChild(fragment);
  }

  override set_scroll_position(): void {
    // The wrapper restores the scroll position itself; frappe-gantt would jump to a date on every render.
  }

  override make_bars(): void {
    super.make_bars();
    for (const bar of this.bars) this.drawBaseline(bar);
  }

  /** The x position of a date, computed exactly as frappe-gantt places bars. */
  xOf(date: Date): number {
    const probe = { gantt: this, task: { _start: date }, x: 0 };
    const first = this.bars[0];
    if (!first) return 0;
    (Object.getPrototypeOf(first) as FrappeBar).compute_x.call(probe as unknown as FrappeBar);
    return probe.x;
  }

  drawBaseline(bar: FrappeBar): void {
    this.layers.progress.querySelector(`[data-baseline="${bar.task.id}"]`)?.remove();
    const baseline = (bar.task as WindowedTask).rp_baseline;
    if (!baseline) return;
    const x = this.xOf(baseline.start);
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('class', 'rp-baseline');
    rect.setAttribute('data-baseline', bar.task.id);
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', String(bar.y + this.options.bar_height + 2));
    rect.setAttribute('width', String(Math.max(3, this.xOf(baseline.end) - x)));
    rect.setAttribute('height', '4');
    this.layers.progress.appendChild(rect);
  }
}

/** Runs `create` and records the listeners it adds to `document`, so they can be removed (frappe-gantt has no destroy()). */
export function withDocumentListeners<T>(create: () => T): { value: T; release(): void } {
  const added: [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] = [];
  const original = document.addEventListener;
  document.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
    added.push([type, listener, options]);
    original.call(this, type, listener, options);
  } as typeof document.addEventListener;
  try {
    const value = create();
    return { value, release: () => added.forEach(([type, listener, options]) => document.removeEventListener(type, listener, options)) };
  } finally {
    document.addEventListener = original;
  }
}

/** Whole days each view mode shows around the plan, and the column width that keeps labels readable. */
export const VIEW_MODE_SETTINGS = {
  Day: { padBefore: 7, padAfter: 14, columnWidth: 38 },
  Week: { padBefore: 14, padAfter: 35, columnWidth: 140 },
  Month: { padBefore: 62, padAfter: 93, columnWidth: 120 },
} as const;

export function chartRange(start: string, finish: string, mode: RangeAndMode['viewMode']): { start: Date; end: Date } {
  const settings = VIEW_MODE_SETTINGS[mode];
  const first = addDays(localDate(start), -settings.padBefore);
  if (mode === 'Month') first.setDate(1);
  if (mode === 'Week') first.setDate(first.getDate() - ((first.getDay() + 6) % 7));
  return { start: first, end: addDays(localDate(finish), settings.padAfter) };
}
