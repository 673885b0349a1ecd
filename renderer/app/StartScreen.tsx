import { useEffect, useState } from 'react';
import type { RecentFile } from '../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { ErrorAlert } from '../components/Alert';
import { formatTimestamp } from '../components/format';
import { useFileActions } from '../features/project-files/useFileActions';
import { ImportProblemAlert, ImportProjectButton, type ImportProblem } from '../features/interchange/ImportProjectButton';
import { useRollout } from '../state/RolloutProvider';

export function StartScreen() {
  const fileError = useRollout((s) => s.fileError);
  const setFileError = useRollout((s) => s.setFileError);
  const { newProject, openProject, openSample } = useFileActions();
  const [importProblem, setImportProblem] = useState<ImportProblem | null>(null);

  return (
    <main className="start" id="content">
      <div className="start__panel">
        <div className="start__intro">
          <h1 className="start__title">Rollout Planner</h1>
          <p className="start__purpose">
            Plan the organisation-wide rollout of large language models, step by step, in one project file.
          </p>
        </div>
        {fileError ? (
          <ErrorAlert title={fileError.title} onDismiss={() => setFileError(null)}>
            {fileError.message}
          </ErrorAlert>
        ) : null}
        {importProblem ? <ImportProblemAlert problem={importProblem} onDismiss={() => setImportProblem(null)} /> : null}
        <div className="start__actions">
          <button type="button" className="button button--primary button--large" onClick={newProject}>
            New project…
          </button>
          <button type="button" className="button button--large" onClick={() => void openProject()}>
            Open…
          </button>
          <button type="button" className="button button--large" onClick={() => void openSample()}>
            Open sample project
          </button>
          <ImportProjectButton onProblem={setImportProblem} />
        </div>
        <RecentProjects />
      </div>
    </main>
  );
}

function RecentProjects() {
  const api = useApi();
  const { openPath } = useFileActions();
  const [recent, setRecent] = useState<RecentFile[] | null>(null);

  useEffect(() => {
    let live = true;
    api.invoke('files.recent', {}).then(
      (files) => live && setRecent(files),
      // The recent list is a convenience; if it cannot be read the start screen still works.
      () => live && setRecent([]),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <section className="start__recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent</h2>
      {recent === null ? (
        <p className="muted">Loading…</p>
      ) : recent.length === 0 ? (
        <p className="muted">Projects you open appear here.</p>
      ) : (
        <ul className="recent-list">
          {recent.map((file) => (
            <li key={file.path} className={file.exists ? 'recent-list__item' : 'recent-list__item recent-list__item--missing'}>
              <button type="button" className="recent-list__button" disabled={!file.exists}
                onClick={() => void openPath(file.path)}>
                <span className="recent-list__name">{file.projectName || file.fileName}</span>
                <span className="recent-list__meta">
                  {file.fileName}
                  {' · '}
                  {file.exists ? `opened ${formatTimestamp(file.lastOpenedAt)}` : 'file not found'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
