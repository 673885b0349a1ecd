import { lazy, Suspense, useEffect, useRef } from 'react';
import { ErrorAlert } from '../components/Alert';
import { LoadingView } from '../components/LoadingView';
import { ActivityView } from '../features/activity/ActivityView';
import { OverviewView } from '../features/overview/OverviewView';
import { ProjectDetailsView } from '../features/project-details/ProjectDetailsView';
import { StepView } from '../features/steps/StepView';
import { WorkshopView } from '../features/vendors/workshop/WorkshopView';
import { BudgetView } from '../features/budget/BudgetView';
import { GovernanceView } from '../features/governance/GovernanceView';
import { ReportsView } from '../features/reports/ReportsView';
import { useRollout } from '../state/RolloutProvider';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useUndoShortcuts } from './useHistoryCommands';
import { viewTitle } from './view-title';

// The Gantt (frappe-gantt and the timeline view) loads on demand: it is most of the code and most users open it later.
const TimelineView = lazy(() => import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })));

function ViewOutlet() {
  const view = useRollout((s) => s.view);
  switch (view.kind) {
    case 'overview':
      return <OverviewView />;
    case 'details':
      return <ProjectDetailsView />;
    case 'timeline':
      return (
        <Suspense fallback={<LoadingView what="the timeline" />}>
          <TimelineView />
        </Suspense>
      );
    case 'activity':
      return <ActivityView />;
    case 'step':
      return <StepView key={view.key} stepKey={view.key} />;
    case 'workshop':
      return <WorkshopView />;
    case 'budget':
      return <BudgetView />;
    case 'governance':
      return <GovernanceView />;
    case 'reports':
      return <ReportsView />;
  }
}

export function AppShell() {
  const mainRef = useRef<HTMLElement>(null);
  const view = useRollout((s) => s.view);
  const projectName = useRollout((s) => s.openProject?.project.name ?? '');
  const fileError = useRollout((s) => s.fileError);
  const setFileError = useRollout((s) => s.setFileError);
  useUndoShortcuts();

  useEffect(() => {
    document.title = `${viewTitle(view)} – ${projectName} – Rollout Planner`;
  }, [view, projectName]);

  // The scoring workshop is projected full screen, without the app's chrome.
  if (view.kind === 'workshop') return <WorkshopView />;

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#content"
        onClick={(event) => {
          // The hash holds the current view, so the skip link moves focus itself instead of navigating.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <TopBar />
      <div className="shell__body">
        <Sidebar />
        <main className="shell__main" id="content" tabIndex={-1} ref={mainRef}>
          {fileError ? (
            <ErrorAlert title={fileError.title} onDismiss={() => setFileError(null)}>
              {fileError.message}
            </ErrorAlert>
          ) : null}
          <ViewOutlet />
        </main>
      </div>
    </div>
  );
}
