import { useRollout } from '../state/RolloutProvider';
import { THEME_LABELS, THEMES, useTheme, type ThemeChoice } from '../state/theme';
import { formatTime } from '../components/format';
import type { SaveState } from '../state/save-state';

function SaveStatus({ save }: { save: SaveState }) {
  switch (save.status) {
    case 'saving':
      return <span className="save-status save-status--saving">Saving…</span>;
    case 'error':
      return <span className="save-status save-status--error">Could not save: {save.message}</span>;
    default: {
      const at = save.status === 'saved' && save.at ? formatTime(save.at) : '';
      return (
        <span className="save-status" title={at ? `Last change written to the file at ${at}` : undefined}>
          All changes saved
        </span>
      );
    }
  }
}

export function TopBar() {
  const name = useRollout((s) => s.openProject?.project.name ?? '');
  const fileName = useRollout((s) => s.openProject?.fileName ?? '');
  const save = useRollout((s) => s.save);
  const history = useRollout((s) => s.history);
  const undo = useRollout((s) => s.undo);
  const redo = useRollout((s) => s.redo);
  const closeProject = useRollout((s) => s.closeProject);
  const theme = useTheme((s) => s.choice);
  const setTheme = useTheme((s) => s.setChoice);

  const undoName = history?.undoLabel ? `Undo ${history.undoLabel}` : 'Undo';
  const redoName = history?.redoLabel ? `Redo ${history.redoLabel}` : 'Redo';

  return (
    <header className="topbar">
      <div className="topbar__identity">
        <span className="topbar__product">Rollout Planner</span>
        <span className="topbar__project" title={fileName}>{name}</span>
      </div>
      <div className="topbar__status" aria-live="polite">
        <SaveStatus save={save} />
      </div>
      <div className="topbar__tools">
        <button type="button" className="button" disabled={!history?.canUndo} aria-label={undoName} title={undoName}
          onClick={() => void undo()}>
          Undo
        </button>
        <button type="button" className="button" disabled={!history?.canRedo} aria-label={redoName} title={redoName}
          onClick={() => void redo()}>
          Redo
        </button>
        <label className="topbar__theme">
          <span>Theme</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
            {THEMES.map((choice) => (
              <option key={choice} value={choice}>{THEME_LABELS[choice]}</option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => void closeProject()}>
          Close project
        </button>
      </div>
    </header>
  );
}
