import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { formatPlanDate, plural } from '../../components/format';
import { WRITES_ONE_TASK } from '../../state/rollout-store';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';
import { usePreviewedEdits } from '../../state/use-previewed-edits';
import { useTheme, resolveTheme } from '../../state/theme';
import { BaselineControls } from './BaselineControls';
import { CalendarDialog } from './CalendarDialog';
import { DependencyDialog } from './DependencyDialog';
import { TaskDetails } from './TaskDetails';
import { TimelineBody, type Metrics } from './TimelineBody';
import { TimelineToolbar, type ViewMode } from './TimelineToolbar';
import { buildTimelineRows, eventRows, filterRows, isEventRow, planOutline, type BodyRow, type EventRow, type RowFilter } from './timeline-rows';
import { TimelineFilter } from './TimelineFilter';
import { previewMove } from './preview-schedule';
import { WorkCalendar } from '../../../shared/rules/schedule/calendar';
import { useTimelineActions } from './use-timeline-actions';

const METRICS: Metrics = { rowHeight: 36, barHeight: 22, padding: 14, upperHeader: 28, lowerHeader: 26 };
const PROJECTION_METRICS: Metrics = { rowHeight: 52, barHeight: 32, padding: 20, upperHeader: 36, lowerHeader: 34 };

export function TimelineView() {
  const tasks = useRollout((s) => s.tasks);
  const dependencies = useRollout((s) => s.dependencies);
  const theme = resolveTheme(useTheme((s) => s.choice));
  const [baselineId, setBaselineId] = useState<string | null>(null);
  const baselines = useProjectQuery('baselines.list', {});
  // A baseline deleted (or its saving undone) is simply no longer compared with.
  const baselineGone = baselineId !== null && baselines.data !== undefined && !baselines.data.some((b) => b.id === baselineId);
  const schedule = useProjectQuery('schedule.get', { baselineId: baselineGone ? null : baselineId });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [revealId, setRevealId] = useState<string | null>(null);
  const [viewMode, setViewMode] = useState<ViewMode>('Week');
  const [dialog, setDialog] = useState<'link' | 'calendar' | null>(null);

  // A drag shows its outcome at once, computed here with the backend's rules, while it is saved.
  const { data, run: runPreviewed } = usePreviewedEdits(schedule);
  const plan = useMemo(() => planOutline(tasks), [tasks]);
  const allRows = useMemo(() => buildTimelineRows(plan, data, new Set()), [plan, data]);
  const related = useProjectQuery('timeline.related', {});
  const memberNames = useMemo(() => new Map((related.data?.members ?? []).map((m) => [m.id, m.label])), [related.data]);
  const [filter, setFilter] = useState<RowFilter>({ text: '', scope: 'all' });
  const outlined = useMemo(() => (collapsed.size === 0 ? allRows : buildTimelineRows(plan, data, collapsed)), [allRows, plan, data, collapsed]);
  const events = related.data?.events;
  const rows = useMemo<BodyRow[]>(() => [...filterRows(outlined, filter, memberNames), ...eventRows(events ?? [], collapsed, filter)], [outlined, filter, memberNames, events, collapsed]);
  const names = useMemo(() => new Map(tasks.map((t) => [t.id, t.name])), [tasks]);
  const shownTasks = useMemo(() => rows.filter((r) => !isEventRow(r) && !r.isGroup).length, [rows]);
  const selected = allRows.find((r) => r.task.id === selectedId) ?? null;
  const selectedEvent = selected ? null : (rows.find((r) => isEventRow(r) && r.id === selectedId) as EventRow | undefined) ?? null;
  const { run, error, clearError } = useTimelineActions({
    rows: allRows, selected, select: (id) => { setSelectedId(id); setRevealId(id); }, openLink: () => setDialog('link'),
    shift: async (row, workingDays) => {
      const s = row.scheduled;
      if (!s?.start || !s.finish || !data) return;
      const calendar = new WorkCalendar({ workingWeekdays: data.calendar.workingWeekdays, holidays: data.calendar.holidays.map((h) => h.date) }, s.start);
      const start = calendar.dateOf(calendar.onOrAfter(s.start) + workingDays);
      const finish = calendar.dateOf(calendar.onOrBefore(s.finish) + workingDays);
      await move(row.task.id, start, finish < start ? start : finish);
    },
  });

  const move = (id: string, start: string, finish: string) =>
    runPreviewed((api) => api.invoke('tasks.reschedule', { id, start, finish }), (basis) => previewMove(tasks, dependencies, basis, id, start, finish), WRITES_ONE_TASK);
  const leaves = allRows.filter((r) => !r.isGroup).length;
  const toggle = (id: string) => setCollapsed((previous) => {
    const next = new Set(previous);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  // The keyboard's drag: Alt+Shift+Left/Right moves the selected task a working day, from the table or the toolbar.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    void run(event.key === 'ArrowRight' ? 'later' : 'earlier');
  };

  return (
    <div className="view view--wide" onKeyDown={onKeyDown}>
      <div className="view__header timeline-header">
        <div>
          <h1>Timeline</h1>
          {data ? (
            <p className="view__lead">
              {`${formatPlanDate(data.projectStart)} to ${formatPlanDate(data.projectFinish)} · ${plural(leaves, 'task', 'tasks')}`}
              {data.lateTaskIds.length > 0 ? ` · ${plural(data.lateTaskIds.length, 'late task', 'late tasks')}` : ''}
              {data.baseline ? ` · ${data.baseline.finishVarianceDays === 0 ? 'finishes as in' : `finishes ${plural(Math.abs(data.baseline.finishVarianceDays), 'working day', 'working days')} ${data.baseline.finishVarianceDays > 0 ? 'later than' : 'earlier than'}`} "${data.baseline.name}"` : ''}
            </p>
          ) : null}
        </div>
        <div className="timeline-header__actions">
          <BaselineControls baselines={baselines.data ?? []} baselineId={baselineGone ? null : baselineId} onChoose={setBaselineId} />
          <button type="button" className="button button--small" onClick={() => setDialog('calendar')}>Calendar…</button>
        </div>
      </div>
      <TimelineToolbar selected={selected} viewMode={viewMode} onViewMode={setViewMode} onAction={(action) => void run(action)} />
      <TimelineFilter filter={filter} shown={shownTasks} total={leaves} onChange={setFilter} />
      {error ? <ErrorAlert title="Not changed" onDismiss={clearError}>{error}</ErrorAlert> : null}
      {schedule.error && schedule.error.code !== 'NOT_FOUND' ? <ErrorAlert title="The plan cannot be scheduled">{schedule.error.message}</ErrorAlert> : null}
      <p className="timeline-legend" aria-hidden="true">
        <span className="legend legend--task">Task</span>
        <span className="legend legend--critical">Critical path</span>
        <span className="legend legend--milestone">Milestone</span>
        {data?.baseline ? <span className="legend legend--baseline">Baseline</span> : null}
        {events && events.length > 0 ? <span className="legend legend--event">Communication or training</span> : null}
        <span className="legend legend--today">Today</span>
      </p>
      {tasks.length === 0 ? (
        <div className="empty-state">
          <p>This plan has no phases yet. Add a task to start a phase, or create the project from the ten-step template to start with one phase per step.</p>
        </div>
      ) : data ? (
        <TimelineBody
          rows={rows}
          dependencies={dependencies}
          schedule={data}
          viewMode={viewMode}
          metrics={theme === 'projection' ? PROJECTION_METRICS : METRICS}
          selectedId={selectedId}
          revealId={revealId}
          onSelect={setSelectedId}
          onToggle={toggle}
          onMove={move}
          memberNames={memberNames}
        />
      ) : (
        <p className="empty-state" role="status">Scheduling the plan…</p>
      )}
      {selectedEvent && selectedEvent.source !== 'group' ? (
        <section className="card task-details" aria-label="Selected event">
          <p>
            <strong>{selectedEvent.label}</strong> on {formatPlanDate(selectedEvent.start)}: {selectedEvent.source === 'communication' ? 'a planned communication' : 'a training session'}, planned on its own step's page.{' '}
            <a href={selectedEvent.source === 'communication' ? '#/step/communications' : '#/step/training'}>{selectedEvent.source === 'communication' ? 'Open step 5, Communications' : 'Open step 6, Training programme'}</a>
          </p>
        </section>
      ) : null}
      {selected ? <TaskDetails row={selected} dependencies={dependencies} names={names} related={related.data} /> : null}
      {dialog === 'link' && selected ? <DependencyDialog successor={selected} candidates={allRows} onClose={() => setDialog(null)} /> : null}
      {dialog === 'calendar' && data ? <CalendarDialog calendar={data.calendar} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
