import { useFileActions } from '../project-files/useFileActions';
import { useRollout } from '../../state/RolloutProvider';
import { ProjectField } from './ProjectField';
import { BackupsPanel } from './BackupsPanel';
import { HandoffSection } from '../interchange/HandoffSection';

export function ProjectDetailsView() {
  const open = useRollout((s) => s.openProject);
  const isDesktop = useRollout((s) => s.appInfo?.host === 'desktop');
  const { saveCopy } = useFileActions();
  if (!open) return null;
  const { project } = open;

  return (
    <div className="view">
      <div className="view__header">
        <h1>Project details</h1>
        <p className="view__lead">Each change is written to the project file when you leave the field, and can be undone.</p>
      </div>

      <section className="card form form-card" aria-labelledby="details-project">
        <h2 id="details-project">Project</h2>
        <ProjectField project={project} field="name" label="Project name" />
        <ProjectField project={project} field="organisation" label="Organisation" />
        <ProjectField project={project} field="description" label="Description" kind="textarea"
          hint="What the rollout is for, in a few sentences; reports open with it." />
        <div className="form__row">
          <ProjectField project={project} field="plannedStart" label="Planned start" kind="date" />
          <ProjectField project={project} field="targetGoLive" label="Target go-live" kind="date" />
        </div>
        <ProjectField project={project} field="currency" label="Currency" kind="currency" />
      </section>

      <section className="card form-card" aria-labelledby="details-file">
        <h2 id="details-file">Project file</h2>
        <dl className="facts facts--stacked">
          <div className="facts__item">
            <dt>Location</dt>
            <dd><code className="file-path">{open.path}</code></dd>
          </div>
        </dl>
        <p className="muted">
          {isDesktop
            ? 'A copy is a separate file: use it to hand the plan over or to keep a baseline.'
            : 'A copy is written to the projects folder: use it to hand the plan over or to keep a baseline.'}
        </p>
        <button type="button" className="button" onClick={() => void saveCopy(project.name)}>
          Save a copy as…
        </button>
      </section>

      <HandoffSection />

      <BackupsPanel />
    </div>
  );
}
