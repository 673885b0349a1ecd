import type { TimelineRow } from './timeline-rows';

export type ViewMode = 'Day' | 'Week' | 'Month';
export type ToolbarAction = 'add-task' | 'add-milestone' | 'indent' | 'outdent' | 'up' | 'down' | 'delete' | 'link' | 'earlier' | 'later';

interface TimelineToolbarProps {
  selected: TimelineRow | null;
  viewMode: ViewMode;
  onViewMode(mode: ViewMode): void;
  onAction(action: ToolbarAction): void;
}

/** Edits act on the selected row (click a row or focus one of its fields); with nothing selected, tasks go to the last phase. */
export function TimelineToolbar({ selected, viewMode, onViewMode, onAction }: TimelineToolbarProps) {
  const isTask = selected !== null && selected.task.parentId !== null;
  const isLeaf = isTask && !selected.isGroup;
  const button = (action: ToolbarAction, label: string, enabled: boolean, title?: string) => (
    <button type="button" className="button button--small" disabled={!enabled} title={title} onClick={() => onAction(action)}>
      {label}
    </button>
  );
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Timeline">
      <div className="timeline-toolbar__group">
        {button('add-task', 'Add task', true)}
        {button('add-milestone', 'Add milestone', true)}
        {button('link', 'Add dependency…', isLeaf, 'Make the selected task wait for another')}
      </div>
      <div className="timeline-toolbar__group">
        {button('indent', 'Indent', isTask)}
        {button('outdent', 'Outdent', isTask)}
        {button('up', 'Move up', selected !== null)}
        {button('down', 'Move down', selected !== null)}
        {button('delete', 'Delete', selected !== null)}
      </div>
      <div className="timeline-toolbar__group" role="group" aria-label="Move the selected task">
        {button('earlier', '◀ 1 day', isLeaf, 'Start one working day earlier (Alt+Shift+Left); successors follow')}
        {button('later', '1 day ▶', isLeaf, 'Start one working day later (Alt+Shift+Right); successors follow')}
      </div>
      <div className="timeline-toolbar__group" role="group" aria-label="Chart scale">
        {(['Day', 'Week', 'Month'] as const).map((mode) => (
          <button key={mode} type="button" className="button button--small" aria-pressed={viewMode === mode} onClick={() => onViewMode(mode)}>
            {mode}
          </button>
        ))}
      </div>
    </div>
  );
}
