import { PercentInput } from '../../components/PercentInput';
import { WRITES_ONE_TASK } from '../../state/rollout-store';
import { useRollout } from '../../state/RolloutProvider';
import type { TaskRow } from './task-tree';

interface TaskTableProps {
  rows: readonly TaskRow[];
  caption: string;
}

export function TaskTable({ rows, caption }: TaskTableProps) {
  const mutate = useRollout((s) => s.mutate);

  return (
    <div className="table-scroll">
      <table className="table task-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col" className="num">Duration (working days)</th>
            <th scope="col">Type</th>
            <th scope="col" className="num">% complete</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.task.id} className={row.isGroup ? 'task-row task-row--group' : 'task-row'}>
              <th scope="row" className="task-row__name" style={{ paddingInlineStart: `${8 + row.depth * 24}px` }}>
                {row.task.name}
              </th>
              <td className="num">{row.task.isMilestone || row.isGroup ? '' : row.task.durationDays}</td>
              <td>
                {row.task.isMilestone ? (
                  <span className="milestone"><span aria-hidden="true">◆ </span>Milestone</span>
                ) : row.isGroup ? (
                  'Phase'
                ) : (
                  'Task'
                )}
              </td>
              <td className="num">
                {row.isGroup ? (
                  <span className="rollup">{row.percentComplete}%</span>
                ) : (
                  <PercentInput
                    compact
                    label={`% complete of ${row.task.name}`}
                    value={row.task.percentComplete}
                    onCommit={(percentComplete) =>
                      mutate((api) => api.invoke('tasks.update', { id: row.task.id, patch: { percentComplete } }), WRITES_ONE_TASK)
                    }
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
