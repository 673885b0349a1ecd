import { lazy, Suspense, useEffect, useRef } from 'react';
import { ErrorAlert } from '../components/Alert';
import { LoadingView } from '../components/LoadingView';
import { ActivityView } from '../features/activity/ActivityView';
import { OverviewView } from '../features/overview/OverviewView';
import { ProjectDetailsView } from '../features/project-details/ProjectDetailsView';
import { StepView } from '../features/steps/StepView';
import { GovernanceView } from '../features/governance/GovernanceView';
import { useRollout } from '../state/RolloutProvider';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useUndoShortcuts } from './useHistoryCommands';
import { viewTitle } from './view-title';

// Loaded on demand: the Gantt (frappe-gantt and the timeline view) is most of the code, and the workshop, the budget
// with its charts and the reports are views a user opens later, not on the way to the Overview.
const TimelineView = lazy(() => import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })));
const WorkshopView = lazy(() => import('../features/vendors/workshop/WorkshopView').then((m) => ({ default: m.WorkshopView })));
const BudgetView = lazy(() => import('../features/budget/BudgetView').then((m) => ({ default: m.BudgetView })));
const ReportsView = lazy(() => import('../features/reports/ReportsView').then((m) => ({ default: m.ReportsView })));

function OnDemand({ what, children }: { what: string; children: React.ReactNode }) {
  return <Suspense fallback={<LoadingView what={what} />}>{children}</Suspense>;
}

function ViewOutlet() {
  const view = useRollout((s) => s.view);
  switch (view.kind) {
    case 'overview':
      return <OverviewView />;
    case 'details':
      return <ProjectDetailsView />;
    case 'timeline':
      return <OnDemand what="the timeline"><TimelineView /></OnDemand>;
    case 'activity':
      return <ActivityView />;
    case 'step':
      return <StepView key={view.key} stepKey={view.key} />;
    case 'workshop':
      return <OnDemand what="the workshop"><WorkshopView /></OnDemand>;
    case 'budget':
      return <OnDemand what="the budget"><BudgetView /></OnDemand>;
    case 'governance':
      return <GovernanceView />;
    case 'reports':
      return <OnDemand what="the reports"><ReportsView /></OnDemand>;
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
  if (view.kind === 'workshop') return <OnDemand what="the workshop"><WorkshopView /></OnDemand>;

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
