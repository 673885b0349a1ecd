import { useState, type FormEvent } from 'react';
import { BACKUP_LIMITS, BackupPolicy, type BackupEntry } from '../../../shared/api/methods/backups';
import { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { Modal, ModalClose } from '../../components/Modal';
import { format } from 'date-fns';
import { formatBytes, plural } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';

/** To the second: two backups taken in the same minute (on open, then by hand) must still be told apart. */
export function backupTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy, HH:mm:ss');
}

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
  const policy = useProjectQuery('backups.policy', {});

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
        {policy.data
          ? `Rollout Planner keeps the last ${plural(policy.data.keep, 'copy', 'copies')} of this project in its own data folder: one when you open it, one every ${plural(policy.data.everyMinutes, 'minute', 'minutes')} while you edit, and any you take by hand. Restoring keeps the current state as a backup too.`
          : 'Rollout Planner keeps copies of this project in its own data folder: one when you open it, more while you edit, and any you take by hand.'}
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
                <th scope="row">{backupTime(backup.takenAt)}</th>
                <td>{REASONS[backup.reason]}</td>
                <td className="num">{formatBytes(backup.sizeBytes)}</td>
                <td>
                  <button type="button" className="button" disabled={busy} onClick={() => setChosen(backup)}
                    aria-label={`Restore the backup of ${backupTime(backup.takenAt)}, ${REASONS[backup.reason].toLowerCase()}`}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>Back up now</button>
      {policy.data ? <PolicyForm policy={policy.data} onSaved={refreshAll} /> : null}

      <Modal open={chosen !== null} onOpenChange={(open) => !open && setChosen(null)} title="Restore from backup"
        description={chosen ? `The project goes back to how it was on ${backupTime(chosen.takenAt)}. Its current state is kept as a backup first, so you can come back to it.` : ''}>
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

type PolicyKey = keyof BackupPolicy;

/** How many backups to keep and how often to take one; the same for every project on this computer. */
function PolicyForm({ policy, onSaved }: { policy: BackupPolicy; onSaved: () => Promise<void> }) {
  const api = useApi();
  const [draft, setDraft] = useState({ keep: String(policy.keep), everyMinutes: String(policy.everyMinutes) });
  const [errors, setErrors] = useState<FieldErrors<PolicyKey>>({});
  const [note, setNote] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setNote(null);
    const parsed = BackupPolicy.safeParse({ keep: draft.keep.trim() === '' ? NaN : Number(draft.keep), everyMinutes: draft.everyMinutes.trim() === '' ? NaN : Number(draft.everyMinutes) });
    if (!parsed.success) {
      setErrors(zodFieldErrors<PolicyKey>(parsed.error));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await api.invoke('backups.setPolicy', { policy: parsed.data });
      setNote(`Saved: the last ${plural(saved.keep, 'backup', 'backups')} of each project are kept.`);
      await onSaved();
    } catch (error) {
      setErrors(apiFieldErrors<PolicyKey>(error, ['policy']));
      if (!(error instanceof ApiError && error.code === 'VALIDATION')) setNote(error instanceof ApiError ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form backup-policy" onSubmit={(e) => void save(e)} aria-labelledby="details-backup-policy" noValidate>
      <h3 id="details-backup-policy">Backup settings</h3>
      <div className="form__row">
        <Field label="Backups kept per project" error={errors.keep} hint={`${BACKUP_LIMITS.keep.min} to ${BACKUP_LIMITS.keep.max}; the oldest go first.`}>
          {(control) => <input {...control} type="number" inputMode="numeric" min={BACKUP_LIMITS.keep.min} max={BACKUP_LIMITS.keep.max} step={1}
            value={draft.keep} onChange={(e) => setDraft((d) => ({ ...d, keep: e.target.value }))} />}
        </Field>
        <Field label="Minutes between backups while editing" error={errors.everyMinutes} hint={`${BACKUP_LIMITS.everyMinutes.min} to ${BACKUP_LIMITS.everyMinutes.max}.`}>
          {(control) => <input {...control} type="number" inputMode="numeric" min={BACKUP_LIMITS.everyMinutes.min} max={BACKUP_LIMITS.everyMinutes.max} step={1}
            value={draft.everyMinutes} onChange={(e) => setDraft((d) => ({ ...d, everyMinutes: e.target.value }))} />}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>Save backup settings</button>
      </div>
      <p role="status" className="muted">{note ?? ''}</p>
    </form>
  );
}
