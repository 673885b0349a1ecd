import { useEffect, useState } from 'react';
import type { ProjectFileEntry } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../components/Alert';
import { formatBytes, formatTimestamp } from '../../components/format';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';
import { errorMessage } from '../../state/save-state';
import { useFileActions } from './useFileActions';

/** Web mode has no native file dialog: it lists the project files in the folder the server was started with. */
export function OpenProjectDialog() {
  const open = useRollout((s) => s.dialog === 'open');
  const setDialog = useRollout((s) => s.setDialog);
  return (
    <Modal
      open={open}
      onOpenChange={(next) => setDialog(next ? 'open' : null)}
      title="Open a project"
      description="Project files in the projects folder, most recently changed first."
      wide
    >
      {open ? <ProjectFileList /> : null}
    </Modal>
  );
}

function ProjectFileList() {
  const api = useApi();
  const projectsDir = useRollout((s) => s.appInfo?.projectsDir ?? '');
  const { openPath } = useFileActions();
  const [files, setFiles] = useState<ProjectFileEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.invoke('files.list', {}).then(
      (list) => live && setFiles([...list].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))),
      (error: unknown) => live && setLoadError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  if (loadError) return <ErrorAlert title="The projects folder could not be read">{loadError}</ErrorAlert>;
  if (!files) return <p className="muted">Reading the projects folder…</p>;
  if (files.length === 0) {
    return (
      <p className="empty-state">
        There are no project files in <code>{projectsDir}</code> yet. Create a new project or open the sample project.
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Modified</th>
            <th scope="col" className="num">Size</th>
            <th scope="col"><span className="visually-hidden">Action</span></th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.path}>
              <td>{file.fileName}</td>
              <td>{formatTimestamp(file.modifiedAt)}</td>
              <td className="num">{formatBytes(file.sizeBytes)}</td>
              <td className="actions">
                <button type="button" className="button button--small" aria-label={`Open ${file.fileName}`}
                  onClick={() => void openPath(file.path)}>
                  Open
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
