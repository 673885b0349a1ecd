import { useMemo } from 'react';
import { plural } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';
import { TaskTable } from './TaskTable';
import { buildTaskRows } from './task-tree';

export function TimelineView() {
  const tasks = useRollout((s) => s.tasks);
  const rows = useMemo(() => buildTaskRows(tasks), [tasks]);
  const phaseCount = rows.filter((r) => r.depth === 0).length;

  return (
    <div className="view">
      <div className="view__header">
        <h1>Timeline</h1>
        <p className="view__lead">
          Plan: phases and tasks
          {rows.length ? ` (${plural(phaseCount, 'phase', 'phases')}, ${plural(rows.length - phaseCount, 'task', 'tasks')})` : ''}
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="empty-state">
          This plan has no phases or tasks yet. Projects created from the ten-step template start with one phase per step.
        </p>
      ) : (
        <TaskTable rows={rows} caption="Plan: phases and tasks" />
      )}
    </div>
  );
}
