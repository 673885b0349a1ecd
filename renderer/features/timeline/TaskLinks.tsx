import { useState } from 'react';
import type { Task } from '../../../shared/schemas/task';
import type { RelatedOption, TimelineRelated } from '../../../shared/schemas/timeline';
import { WRITES_ONE_TASK } from '../../state/rollout-store';
import { useRollout } from '../../state/RolloutProvider';
import { CellInput } from './CellInput';

const OTHER = 'other';

interface TaskLinksProps {
  task: Task;
  related: TimelineRelated | undefined;
}

/** Who owns the task (a member of the step 1 team, or a name typed by hand) and the records of other steps it delivers. */
export function TaskLinks({ task, related }: TaskLinksProps) {
  const mutate = useRollout((s) => s.mutate);
  const [typing, setTyping] = useState(false);
  const update = (patch: Record<string, unknown>) => mutate((api) => api.invoke('tasks.update', { id: task.id, patch }), WRITES_ONE_TASK);
  const members = related?.members ?? [];
  const member = members.find((m) => m.id === task.ownerMemberId) ?? null;
  const ownerChoice = member ? member.id : task.ownerName || typing ? OTHER : '';

  const linkSelect = (label: string, field: 'waveId' | 'trainingSessionId' | 'communicationId', options: readonly RelatedOption[], empty: string) => (
    <label className="task-details__field">
      <span>{label}</span>
      <select value={task[field] ?? ''} onChange={(e) => void update({ [field]: e.target.value || null })}>
        <option value="">{options.length === 0 ? empty : 'None'}</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        {task[field] && !options.some((o) => o.id === task[field]) ? <option value={task[field] ?? ''}>(a record since deleted)</option> : null}
      </select>
    </label>
  );

  return (
    <div className="task-details__grid">
      <label className="task-details__field">
        <span>Owner</span>
        <select
          value={ownerChoice}
          onChange={(e) => {
            const value = e.target.value;
            setTyping(value === OTHER);
            if (value === OTHER) return;
            void update(value ? { ownerMemberId: value } : { ownerMemberId: null, ownerName: '' });
          }}
        >
          <option value="">Nobody yet</option>
          {members.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
          <option value={OTHER}>Someone outside the team…</option>
        </select>
      </label>
      {ownerChoice === OTHER ? (
        <div className="task-details__field">
          <span>Owner's name</span>
          <CellInput label="Owner's name" value={task.ownerName} onCommit={(ownerName) => update({ ownerName: ownerName.trim() })} />
        </div>
      ) : null}
      {linkSelect('Rollout wave', 'waveId', related?.waves ?? [], 'No waves yet (step 8)')}
      {linkSelect('Training session', 'trainingSessionId', related?.trainingSessions ?? [], 'No sessions yet (step 6)')}
      {linkSelect('Communication', 'communicationId', related?.communications ?? [], 'No communications yet (step 5)')}
    </div>
  );
}
