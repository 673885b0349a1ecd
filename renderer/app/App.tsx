import { useEffect } from 'react';
import { NewProjectDialog } from '../features/project-files/NewProjectDialog';
import { OpenProjectDialog } from '../features/project-files/OpenProjectDialog';
import { SaveCopyDialog } from '../features/project-files/SaveCopyDialog';
import { useRollout } from '../state/RolloutProvider';
import { startThemeSync } from '../state/theme';
import { AppShell } from './AppShell';
import { StartScreen } from './StartScreen';
import { useAppEvents } from './useAppEvents';

/** Expects <ApiProvider> and <RolloutProvider> around it (see main.tsx and the component tests). */
export function App() {
  const phase = useRollout((s) => s.phase);
  const boot = useRollout((s) => s.boot);
  const syncViewFromLocation = useRollout((s) => s.syncViewFromLocation);
  useAppEvents();

  useEffect(() => startThemeSync(), []);

  useEffect(() => {
    void boot();
  }, [boot]);

  useEffect(() => {
    window.addEventListener('hashchange', syncViewFromLocation);
    return () => window.removeEventListener('hashchange', syncViewFromLocation);
  }, [syncViewFromLocation]);

  useEffect(() => {
    if (phase === 'start-screen') document.title = 'Rollout Planner';
  }, [phase]);

  return (
    <>
      {phase === 'starting' ? (
        <main className="start" id="content" aria-busy="true">
          <p className="muted">Opening Rollout Planner…</p>
        </main>
      ) : phase === 'start-screen' ? (
        <StartScreen />
      ) : (
        <AppShell />
      )}
      <NewProjectDialog />
      <OpenProjectDialog />
      <SaveCopyDialog />
    </>
  );
}
