import { useState } from 'react';
import { useRollout } from '../../state/RolloutProvider';
import type { ToolbarAction } from './TimelineToolbar';
import type { TimelineRow } from './timeline-rows';

interface Options {
  rows: readonly TimelineRow[];
  selected: TimelineRow | null;
  select(id: string | null): void;
  openLink(): void;
  /** Moves the selected leaf task by whole working days, keeping its length (the keyboard's drag). */
  shift(row: TimelineRow, workingDays: number): Promise<unknown>;
}

/** The toolbar's commands: each is one API call, so one undo step, and a refusal is shown above the table. */
export function useTimelineActions({ rows, selected, select, openLink, shift }: Options) {
  const mutate = useRollout((s) => s.mutate);
  const [error, setError] = useState<string | null>(null);

  async function add(isMilestone: boolean) {
    const lastPhase = [...rows].reverse().find((r) => r.task.parentId === null) ?? null;
    const anchor = selected ?? lastPhase;
    // Under a selected group, at its end; beside a selected task, right after it.
    const parentId = anchor === null ? null : anchor.isGroup ? anchor.task.id : anchor.task.parentId;
    const afterId = anchor !== null && !anchor.isGroup ? anchor.task.id : undefined;
    const name = parentId === null ? 'New phase' : isMilestone ? 'New milestone' : 'New task';
    const created = await mutate((api) => api.invoke('tasks.create', { parentId, name, durationDays: isMilestone ? 0 : 1, isMilestone, ...(afterId ? { afterId } : {}) }));
    select(created.id);
  }

  async function run(action: ToolbarAction) {
    setError(null);
    try {
      if (action === 'add-task') return await add(false);
      if (action === 'add-milestone') return await add(true);
      if (action === 'link') return openLink();
      if (!selected) return;
      const id = selected.task.id;
      if (action === 'earlier' || action === 'later') {
        if (selected.isGroup) return;
        await shift(selected, action === 'later' ? 1 : -1);
        return;
      }
      if (action === 'delete') {
        await mutate((api) => api.invoke('tasks.delete', { id }));
        select(null);
        return;
      }
      await mutate((api) => api.invoke('tasks.move', { id, direction: action }));
      select(id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'The change was refused');
    }
  }

  return { run, error, clearError: () => setError(null) };
}
