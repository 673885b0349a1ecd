import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';
import { errorMessage } from '../../state/save-state';
import { ApiError } from '../../../shared/errors';
import { suggestedFileName } from './useFileActions';

/** Web mode's "Save a copy as…": a file name inside the projects folder; the copy becomes the open project. */
export function SaveCopyDialog() {
  const open = useRollout((s) => s.dialog === 'save-as');
  const setDialog = useRollout((s) => s.setDialog);
  return (
    <Modal
      open={open}
      onOpenChange={(next) => setDialog(next ? 'save-as' : null)}
      title="Save a copy as"
      description="The copy is written to the projects folder and opened; the original file stays as it is."
    >
      {open ? <SaveCopyForm /> : null}
    </Modal>
  );
}

function SaveCopyForm() {
  const api = useApi();
  const projectName = useRollout((s) => s.openProject?.project.name ?? '');
  const adopt = useRollout((s) => s.adopt);
  const setDialog = useRollout((s) => s.setDialog);
  const [fileName, setFileName] = useState(() => suggestedFileName(projectName, ' copy'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const path = fileName.trim();
    if (!path) {
      setError('Enter a file name');
      return;
    }
    setBusy(true);
    try {
      const copy = await api.invoke('project.saveAs', { path });
      await adopt(copy);
      setDialog(null);
    } catch (failure) {
      setError(failure instanceof ApiError ? (failure.issues[0]?.message ?? failure.message) : errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <Field label="File name" error={error} hint="Ends in .rollout; letters, digits, spaces and dashes are safe everywhere.">
        {(control) => (
          <input {...control} type="text" autoComplete="off" value={fileName}
            onChange={(e) => {
              setFileName(e.target.value);
              setError(null);
            }} />
        )}
      </Field>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => setDialog(null)}>Cancel</button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save copy'}
        </button>
      </div>
    </form>
  );
}
