import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../shared/api/bridge';
import { useApi } from '../api/ApiContext';
import { useFileActions } from '../features/project-files/useFileActions';
import { useRolloutStore } from '../state/RolloutProvider';
import { useTheme } from '../state/theme';
import { runHistoryCommand } from './useHistoryCommands';

/** Menu commands (desktop menu, or the web server's event stream) and "open this file" requests. */
export function useAppEvents(): void {
  const api = useApi();
  const store = useRolloutStore();
  const fileActions = useFileActions();
  // The subscription lives as long as the app; it always calls the newest actions.
  const latest = useRef(fileActions);
  useEffect(() => {
    latest.current = fileActions;
  });

  useEffect(() => {
    const handle = (event: AppEvent) => {
      const actions = latest.current;
      const state = store.getState();
      if (event.type === 'open-file') {
        void actions.openPath(event.path);
        return;
      }
      switch (event.command) {
        case 'new':
          return actions.newProject();
        case 'open':
          return void actions.openProject();
        case 'open-sample':
          return void actions.openSample();
        case 'save-as':
          if (state.openProject) void actions.saveCopy(state.openProject.project.name);
          return;
        case 'close':
          if (state.openProject) void state.closeProject();
          return;
        case 'undo':
        case 'redo':
          runHistoryCommand(store, event.command, true);
          return;
        case 'theme-light':
        case 'theme-dark':
        case 'theme-projection':
        case 'theme-system':
          useTheme.getState().setChoice(event.command.replace('theme-', '') as 'light' | 'dark' | 'projection' | 'system');
          return;
      }
    };
    return api.onAppEvent(handle);
  }, [api, store]);
}
