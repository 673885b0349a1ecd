import { useState } from 'react';
import type { BackupEntry } from '../../../shared/api/methods/backups';
import { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../components/Alert';
import { Modal, ModalClose } from '../../components/Modal';
import { formatBytes, formatTimestamp } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';

const REASONS: Record<BackupEntry['reason'], string> = {
  open: 'When the project was opened',
  edit: 'While editing',
  manual: 'Backed up by hand',
  restore: 'Before a restore',
};

/** Restore from backup: the rolling copies kept in the app's data folder, newest first. */
export function BackupsPanel() {
  const api = useApi();
  const adopt = useRollout((s) => s.adopt);
  const refreshAll = useRollout((s) => s.refreshAll);
  const list = useProjectQuery('backups.list', {});
  const [chosen, setChosen] = useState<BackupEntry | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const backups = list.data ?? [];

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const backUpNow = () =>
    run(async () => {
      await api.invoke('backups.create', {});
      await refreshAll();
    });

  const restore = (backup: BackupEntry) =>
    run(async () => {
      const reopened = await api.invoke('backups.restore', { id: backup.id });
      setChosen(null);
      await adopt(reopened);
    });

  return (
    <section className="card form-card" aria-labelledby="details-backups">
      <h2 id="details-backups">Backups</h2>
      <p className="muted">
        Rollout Planner keeps the last ten copies of this project in its own data folder: one when you open it, one every
        ten minutes while you edit, and any you take by hand. Restoring keeps the current state as a backup too.
      </p>
      {message ? <ErrorAlert onDismiss={() => setMessage(null)}>{message}</ErrorAlert> : null}
      {backups.length === 0 ? (
        <p>{list.loading ? 'Looking for backups…' : 'No backups yet. The first one is taken shortly after the project opens.'}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Backups of this project, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col" className="num">Size</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <th scope="row">{formatTimestamp(backup.takenAt)}</th>
                <td>{REASONS[backup.reason]}</td>
                <td className="num">{formatBytes(backup.sizeBytes)}</td>
                <td>
                  <button type="button" className="button" disabled={busy} onClick={() => setChosen(backup)}
                    aria-label={`Restore the backup of ${formatTimestamp(backup.takenAt)}`}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>Back up now</button>

      <Modal open={chosen !== null} onOpenChange={(open) => !open && setChosen(null)} title="Restore from backup"
        description={chosen ? `The project goes back to how it was on ${formatTimestamp(chosen.takenAt)}. Its current state is kept as a backup first, so you can come back to it.` : ''}>
        <div className="form__actions">
          <ModalClose className="button">Cancel</ModalClose>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => chosen && void restore(chosen)}>
            Restore this backup
          </button>
        </div>
      </Modal>
    </section>
  );
}
