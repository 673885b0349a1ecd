import type { ReactNode } from 'react';
import { STEPS } from '../../shared/steps';
import { StatusBadge } from '../components/StatusBadge';
import { useRollout } from '../state/RolloutProvider';
import { sameView, viewToHash, type View } from '../state/view';

function NavLink({ view, children, className }: { view: View; children: ReactNode; className?: string }) {
  const current = useRollout((s) => sameView(s.view, view));
  const navigate = useRollout((s) => s.navigate);
  return (
    <a
      className={['nav-link', current ? 'nav-link--current' : '', className ?? ''].filter(Boolean).join(' ')}
      href={viewToHash(view)}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(view);
      }}
    >
      {children}
    </a>
  );
}

export function Sidebar() {
  const steps = useRollout((s) => s.steps);
  return (
    <nav className="sidebar" aria-label="Project">
      <ul className="sidebar__list">
        <li><NavLink view={{ kind: 'overview' }}>Overview</NavLink></li>
      </ul>
      <p className="sidebar__group" id="sidebar-steps">The ten steps</p>
      <ol className="sidebar__list sidebar__steps" aria-labelledby="sidebar-steps">
        {STEPS.map((step) => {
          const summary = steps.find((s) => s.key === step.key);
          return (
            <li key={step.key}>
              <NavLink view={{ kind: 'step', key: step.key }} className="nav-link--step">
                <span className="nav-link__number" aria-hidden="true">{step.number}</span>
                <span className="visually-hidden">Step {step.number}: </span>
                <span className="nav-link__title">{step.title}</span>
                {summary ? (
                  <>
                    <span className="visually-hidden">, </span>
                    <StatusBadge status={summary.status} className="nav-link__badge" />
                  </>
                ) : null}
              </NavLink>
            </li>
          );
        })}
      </ol>
      <p className="sidebar__group" id="sidebar-plan">Plan and records</p>
      <ul className="sidebar__list" aria-labelledby="sidebar-plan">
        <li><NavLink view={{ kind: 'timeline' }}>Timeline</NavLink></li>
        <li><NavLink view={{ kind: 'budget' }}>Budget</NavLink></li>
        <li><NavLink view={{ kind: 'governance' }}>Risks &amp; governance</NavLink></li>
        <li><NavLink view={{ kind: 'reports' }}>Reports</NavLink></li>
        <li><NavLink view={{ kind: 'activity' }}>Activity</NavLink></li>
        <li><NavLink view={{ kind: 'details' }}>Project details</NavLink></li>
      </ul>
    </nav>
  );
}
