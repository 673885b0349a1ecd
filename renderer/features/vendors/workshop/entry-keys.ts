/** The keyboard model of the score entry grid, as a pure function so it is simple to test and reason about. */
export interface EntryState {
  row: number;
  column: number;
  draft: string;
}

export type EntryAction =
  | { type: 'move'; row: number; column: number; draft: string }
  | { type: 'draft'; draft: string }
  | { type: 'confirm'; value: number }
  | { type: 'clear' }
  | { type: 'none' };

/**
 * Digits type a score (on 0-10, "1" then "0" makes 10); arrows move between vendors (left/right) and evaluators
 * (up/down); Enter confirms the typed score; Delete or Backspace clears a draft, or the saved score when there is none.
 */
export function entryKey(key: string, state: EntryState, rows: number, columns: number, max: number): EntryAction {
  if (/^[0-9]$/.test(key)) {
    const combined = state.draft + key;
    const next = Number(combined) <= max && state.draft !== '' && state.draft !== '0' ? combined : key;
    return Number(next) <= max ? { type: 'draft', draft: next } : { type: 'none' };
  }
  const move = (row: number, column: number): EntryAction => ({ type: 'move', row: Math.max(0, Math.min(rows - 1, row)), column: Math.max(0, Math.min(columns - 1, column)), draft: '' });
  switch (key) {
    case 'ArrowLeft':
      return move(state.row, state.column - 1);
    case 'ArrowRight':
      return move(state.row, state.column + 1);
    case 'ArrowUp':
      return move(state.row - 1, state.column);
    case 'ArrowDown':
      return move(state.row + 1, state.column);
    case 'Home':
      return move(state.row, 0);
    case 'End':
      return move(state.row, columns - 1);
    case 'Enter':
      return state.draft === '' ? { type: 'none' } : { type: 'confirm', value: Number(state.draft) };
    case 'Backspace':
    case 'Delete':
      return state.draft !== '' ? { type: 'draft', draft: '' } : { type: 'clear' };
    default:
      return { type: 'none' };
  }
}

/** After a confirmed score the cursor moves on: next vendor, then the next evaluator's first vendor. */
export function nextCell(row: number, column: number, rows: number, columns: number): { row: number; column: number } {
  if (column + 1 < columns) return { row, column: column + 1 };
  if (row + 1 < rows) return { row: row + 1, column: 0 };
  return { row, column };
}
