import { useRef, useState } from 'react';
import { ApiError } from '../../../shared/errors';
import { firstIssueLines } from '../../../shared/interchange/issue-path';
import { useApi } from '../../api/ApiContext';
import { useRollout } from '../../state/RolloutProvider';
import { describeFileProblem } from '../../state/file-problem';

export interface ImportProblem {
  title: string;
  message: string;
  lines: string[];
  more: number;
}

/**
 * "Import…": a JSON project document or an MS Project XML file becomes a new project in the projects folder and
 * opens. A refused file shows every problem with its path (the first twenty, then how many more).
 */
export function ImportProjectButton({ onProblem }: { onProblem(problem: ImportProblem | null): void }) {
  const api = useApi();
  const adopt = useRollout((s) => s.adopt);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const setProblem = onProblem;

  async function importFile(file: File) {
    const kind = file.name.toLowerCase().endsWith('.xml') ? 'mspdi' : 'json';
    setBusy(true);
    setProblem(null);
    try {
      const opened = await api.invoke('interchange.import', { fileName: file.name, kind, text: await file.text() });
      await adopt(opened);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues.length > 0) {
        setProblem({ title: `${file.name} cannot be imported`, message: error.message, ...firstIssueLines(error.issues) });
      } else {
        const described = describeFileProblem(error, `${file.name} could not be imported`);
        setProblem({ title: described.title, message: described.message, lines: [], more: 0 });
      }
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <>
      <input ref={input} type="file" className="visually-hidden" tabIndex={-1} aria-hidden="true" accept=".json,.xml,application/json,text/xml"
        onChange={(event) => { const file = event.target.files?.[0]; if (file) void importFile(file); }} />
      <button type="button" className="button button--large" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Importing…' : 'Import…'}
      </button>
    </>
  );
}

/** The refusal of an import, listed so a person can fix the file: `path: message` per line. */
export function ImportProblemAlert({ problem, onDismiss }: { problem: ImportProblem; onDismiss(): void }) {
  return (
    <div className="alert alert--error import-problem" role="alert">
      <div className="alert__body">
        <p className="alert__title">{problem.title}</p>
        <p className="alert__message">{problem.message}</p>
        {problem.lines.length > 0 ? (
          <ul className="import-problem__list" tabIndex={0} aria-label="Problems found in the file">
            {problem.lines.map((line, i) => <li key={i}><code>{line}</code></li>)}
            {problem.more > 0 ? <li>and {problem.more} more</li> : null}
          </ul>
        ) : null}
      </div>
      <button type="button" className="button button--quiet" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
