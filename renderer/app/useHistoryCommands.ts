import { useEffect } from 'react';
import type { RolloutStore } from '../state/rollout-store';
import { useRolloutStore } from '../state/RolloutProvider';
import { isTextEntry, undoIntent } from './text-entry';

export type HistoryIntent = 'undo' | 'redo';

/**
 * One decision for keys and menu commands alike: inside a text field the browser undoes typing,
 * elsewhere the project history is undone. Answers whether the project history handled it.
 */
export function runHistoryCommand(store: RolloutStore, intent: HistoryIntent, fromMenu: boolean): boolean {
  if (isTextEntry(document.activeElement)) {
    // A menu click does not reach the field's own undo the way the key does, so pass it on.
    if (fromMenu) document.execCommand(intent);
    return false;
  }
  const state = store.getState();
  if (state.phase !== 'shell' || !state.history) return false;
  if (intent === 'undo' && state.history.canUndo) void state.undo();
  if (intent === 'redo' && state.history.canRedo) void state.redo();
  return true;
}

/** Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y for the project history while the shell is shown. */
export function useUndoShortcuts(): void {
  const store = useRolloutStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const intent = undoIntent(event);
      if (!intent || event.defaultPrevented) return;
      if (isTextEntry(event.target instanceof Element ? event.target : null)) return;
      // Dialogs own the keyboard while open; undoing behind them would change what they show.
      if (store.getState().dialog !== null || document.querySelector('[role="dialog"]')) return;
      if (runHistoryCommand(store, intent, false)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
