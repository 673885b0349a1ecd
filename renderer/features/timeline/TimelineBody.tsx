import { addMonths, endOfMonth, format, parseISO } from 'date-fns';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Dependency } from '../../../shared/schemas/task';
import type { ProjectSchedule } from '../../../shared/schemas/timeline';
import { WRITES_ONE_TASK } from '../../state/rollout-store';
import { useRollout } from '../../state/RolloutProvider';
import { GanttChart } from './gantt/GanttChart';
import { TaskGrid } from './TaskGrid';
import { bodyRowId, predecessorsBySuccessor, toChartRow, type BodyRow } from './timeline-rows';

export interface Metrics {
  rowHeight: number;
  barHeight: number;
  padding: number;
  upperHeader: number;
  lowerHeader: number;
}

interface TimelineBodyProps {
  rows: readonly BodyRow[];
  dependencies: readonly Dependency[];
  schedule: ProjectSchedule;
  viewMode: 'Day' | 'Week' | 'Month';
  metrics: Metrics;
  selectedId: string | null;
  /** Scrolls this row into view when it changes (after adding a task, say). */
  revealId: string | null;
  onSelect(id: string): void;
  onToggle(id: string): void;
  /** A bar dragged to new dates (saved by the view, which also shows the outcome before the save answers). */
  onMove(id: string, start: string, finish: string): Promise<unknown>;
  /** Names of the team members tasks are assigned to, by id (the table shows the member's current name). */
  memberNames: ReadonlyMap<string, string>;
}

/**
 * The table and the chart share one vertical scroll and show only the rows in view: a 5,000-task plan costs
 * the same to draw as a 20-task one. Scrolling moves whole rows, so both halves stay aligned line for line.
 */
export function TimelineBody({ rows, dependencies, schedule, viewMode, metrics, selectedId, revealId, onSelect, onToggle, onMove, memberNames }: TimelineBodyProps) {
  const mutate = useRollout((s) => s.mutate);
  const scrollRef = useRef<HTMLDivElement>(null);
  const frame = useRef(0);
  const [first, setFirst] = useState(0);
  const [viewport, setViewport] = useState(560);
  const header = metrics.upperHeader + metrics.lowerHeader + 10;

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => setViewport(Math.max(240, element.clientHeight));
    measure();
    // Older engines (and jsdom in the component tests) have no ResizeObserver: follow the window instead.
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const visibleCount = Math.max(1, Math.floor((viewport - header - 18) / metrics.rowHeight));
  const start = Math.max(0, Math.min(first, rows.length - visibleCount));
  const slice = useMemo(() => rows.slice(start, start + visibleCount), [rows, start, visibleCount]);

  useEffect(() => {
    if (!revealId || !scrollRef.current) return;
    const index = rows.findIndex((r) => bodyRowId(r) === revealId);
    if (index >= 0 && (index < start || index >= start + visibleCount)) {
      scrollRef.current.scrollTop = Math.max(0, index - Math.floor(visibleCount / 2)) * metrics.rowHeight;
    }
    // Only a new reveal request scrolls; later edits of the rows must not pull the view back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealId]);

  const predecessors = useMemo(() => predecessorsBySuccessor(dependencies), [dependencies]);
  const chartRows = useMemo(() => {
    const shown = new Set(slice.map(bodyRowId));
    return slice.map((row) => toChartRow(row, predecessors, shown, schedule.projectStart));
  }, [slice, predecessors, schedule.projectStart]);
  // The chart's last day moves in whole months: a drag that moves the project finish by a few days redraws the
  // bars that changed instead of building the whole chart again.
  const latestFinish = schedule.baseline && schedule.baseline.projectFinish > schedule.projectFinish ? schedule.baseline.projectFinish : schedule.projectFinish;
  const rangeEnd = format(endOfMonth(addMonths(parseISO(latestFinish), 1)), 'yyyy-MM-dd');
  const nonWorking = useMemo(() => [0, 1, 2, 3, 4, 5, 6].filter((d) => !schedule.calendar.workingWeekdays.includes(d)), [schedule.calendar.workingWeekdays]);
  const holidays = useMemo(() => schedule.calendar.holidays.map((h) => ({ date: h.date, label: h.label })), [schedule.calendar.holidays]);

  return (
    <div
      className="timeline-scroll"
      ref={scrollRef}
      tabIndex={0}
      aria-label="Timeline rows"
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop;
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => setFirst(Math.round(top / metrics.rowHeight)));
      }}
    >
      <div className="timeline-spacer" style={{ height: header + rows.length * metrics.rowHeight + 24 }}>
        <div className="timeline-window" style={{ height: viewport }}>
          <div className="timeline-window__table">
            <TaskGrid rows={slice} memberNames={memberNames} rowHeight={metrics.rowHeight} headerHeight={header} selectedId={selectedId} onSelect={onSelect} onToggle={onToggle} />
          </div>
          <GanttChart
            rows={chartRows}
            viewMode={viewMode}
            rangeStart={schedule.projectStart}
            rangeEnd={rangeEnd}
            height={viewport}
            barHeight={metrics.barHeight}
            padding={metrics.padding}
            upperHeaderHeight={metrics.upperHeader}
            lowerHeaderHeight={metrics.lowerHeader}
            nonWorkingWeekdays={nonWorking}
            holidays={holidays}
            selectedId={selectedId}
            focusDate={schedule.today > schedule.projectStart && schedule.today < schedule.projectFinish ? schedule.today : schedule.projectStart}
            onMove={onMove}
            onProgress={(id, percentComplete) => mutate((api) => api.invoke('tasks.update', { id, patch: { percentComplete } }), WRITES_ONE_TASK)}
            onSelect={onSelect}
          />
        </div>
      </div>
    </div>
  );
}
