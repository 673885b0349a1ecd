import { useEffect, useRef } from 'react';
import type { FrappeBar } from 'frappe-gantt';
import { WindowedGantt, chartRange, isoOfLocal, localDate, toFrappeTask, withDocumentListeners, VIEW_MODE_SETTINGS, type ChartRow, type RangeAndMode } from './windowed-gantt';

export interface GanttChartProps extends RangeAndMode {
  /** The rows in view, top to bottom, aligned with the task table beside the chart. */
  rows: readonly ChartRow[];
  height: number;
  barHeight: number;
  padding: number;
  upperHeaderHeight: number;
  lowerHeaderHeight: number;
  nonWorkingWeekdays: readonly number[];
  holidays: readonly { date: string; label: string }[];
  selectedId: string | null;
  /** The chart opens scrolled to this date. */
  focusDate: string;
  onMove(id: string, start: string, finish: string): Promise<unknown>;
  onProgress(id: string, percent: number): Promise<unknown>;
  onSelect(id: string): void;
}

interface LiveChart {
  gantt: WindowedGantt;
  rows: readonly ChartRow[];
  /**
   * Bars let go after a drag: frappe-gantt left them where the mouse was, and the scheduler may put them elsewhere
   * (before a predecessor's finish, on a weekend), so the next rows redraw them even when their dates are the same.
   */
  dropped: Set<string>;
}

const sameLinks = (a: ChartRow, b: ChartRow) => a.dependencies.length === b.dependencies.length && a.dependencies.every((id, i) => b.dependencies[i] === id);
const sameBar = (a: ChartRow, b: ChartRow) =>
  a.name === b.name && a.start === b.start && a.finish === b.finish && a.progress === b.progress && a.kind === b.kind &&
  a.critical === b.critical && a.late === b.late && a.baselineStart === b.baselineStart && a.baselineFinish === b.baselineFinish;

function updateBar(gantt: WindowedGantt, row: ChartRow): void {
  const bar = gantt.bars.find((b: FrappeBar) => b.task.id === row.id);
  if (!bar) return;
  const fresh = toFrappeTask(row);
  const end = localDate(row.finish);
  end.setDate(end.getDate() + 1);
  Object.assign(bar.task, { ...fresh, _start: localDate(row.start), _end: end, dependencies: bar.task.dependencies });
  bar.group.setAttribute('class', `bar-wrapper ${fresh.custom_class ?? ''}`);
  bar.refresh();
  for (const arrow of bar.arrows) arrow.update();
  gantt.drawBaseline(bar);
}

/**
 * frappe-gantt 1.2.2 in React. It is created once per date range and view mode, given only the rows in view,
 * updated bar by bar when only their data changed, and torn down completely on unmount (its container, and the
 * document listener it adds, since it has no destroy()); StrictMode's double mount therefore leaves nothing behind.
 */
export function GanttChart(props: GanttChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<LiveChart | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const { viewMode, rangeStart, rangeEnd, height, barHeight, padding, upperHeaderHeight, lowerHeaderHeight } = props;
  const calendarKey = JSON.stringify([props.nonWorkingWeekdays, props.holidays]);

  useEffect(() => {
    const host = hostRef.current;
    // frappe-gantt measures its SVG text; where there is no layout (jsdom in the component tests) the table stands alone.
    if (!host || typeof SVGGraphicsElement === 'undefined' || typeof (SVGGraphicsElement.prototype as Partial<SVGGraphicsElement>).getBBox !== 'function') return;
    const [nonWorking, holidays] = JSON.parse(calendarKey) as [number[], { date: string; label: string }[]];
    let pendingMove: { id: string; start: string; finish: string } | null = null;
    const current = latest.current;
    const options = {
      rp_range: chartRange(rangeStart, rangeEnd, viewMode),
      view_mode: viewMode,
      column_width: VIEW_MODE_SETTINGS[viewMode].columnWidth,
      bar_height: barHeight,
      padding,
      upper_header_height: upperHeaderHeight,
      lower_header_height: lowerHeaderHeight,
      container_height: height,
      infinite_padding: false,
      today_button: false,
      view_mode_select: false,
      popup: false,
      move_dependencies: false,
      snap_at: '1d',
      lines: 'both',
      is_weekend: (d: Date) => nonWorking.includes(d.getDay()),
      // Drawn by WindowedGantt.highlight_holidays from these (frappe-gantt's own "holidays" option is slow).
      holidays: {},
      rp_calendar: { nonWorking, holidays },
      on_date_change: (task: { id: string }, start: Date, end: Date) => {
        // Fired on every step of a drag; only the position at mouse-up is saved.
        pendingMove = { id: task.id, start: isoOfLocal(start), finish: isoOfLocal(end) };
      },
      on_progress_change: (task: { id: string }, progress: number) => {
        void commit(task.id, () => latest.current.onProgress(task.id, Math.max(0, Math.min(100, Math.round(progress)))));
      },
      on_click: (task: { id: string }) => latest.current.onSelect(task.id),
    };
    const { value: gantt, release } = withDocumentListeners(() => new WindowedGantt(host, current.rows.map(toFrappeTask), options));
    const chart: LiveChart = { gantt, rows: current.rows, dropped: new Set() };
    chartRef.current = chart;
    gantt.$container.scrollLeft = Math.max(0, gantt.xOf(localDate(current.focusDate)) - 3 * VIEW_MODE_SETTINGS[viewMode].columnWidth);

    async function commit(id: string, save: () => Promise<unknown>) {
      chart.dropped.add(id);
      try {
        await save();
      } catch {
        // Refused: the message is in the save status.
      }
      // No new rows since (refused, or nothing changed): put the bar back where the schedule has it.
      if (!chart.dropped.delete(id)) return;
      const row = chart.rows.find((r) => r.id === id);
      if (row) updateBar(gantt, row);
    }
    const onMouseUp = () => {
      const move = pendingMove;
      pendingMove = null;
      if (move) void commit(move.id, () => latest.current.onMove(move.id, move.start, move.finish));
    };
    document.addEventListener('mouseup', onMouseUp);
    return () => {
      document.removeEventListener('mouseup', onMouseUp);
      release();
      host.replaceChildren();
      chartRef.current = null;
    };
  }, [viewMode, rangeStart, rangeEnd, height, barHeight, padding, upperHeaderHeight, lowerHeaderHeight, calendarKey]);

  const { rows, selectedId } = props;
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const previous = chart.rows;
    const sameShape = previous.length === rows.length && previous.every((row, i) => row.id === rows[i]?.id && sameLinks(row, rows[i] as ChartRow));
    if (!sameShape) {
      const left = chart.gantt.$container.scrollLeft;
      chart.gantt.refresh(rows.map(toFrappeTask));
      chart.gantt.$container.scrollLeft = left;
      chart.dropped.clear();
    } else {
      rows.forEach((row, i) => {
        if (chart.dropped.delete(row.id) || !sameBar(previous[i] as ChartRow, row)) updateBar(chart.gantt, row);
      });
    }
    chart.rows = rows;
    for (const bar of chart.gantt.bars) bar.group.classList.toggle('is-selected', bar.task.id === selectedId);
  }, [rows, selectedId]);

  return <div className="timeline-chart" ref={hostRef} aria-hidden="true" />;
}
