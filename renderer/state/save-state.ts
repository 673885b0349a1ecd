import type { HistoryState } from '../../shared/api/contract';

/** What the top bar says about the file: every edit is committed as it happens, so this is the user's only "Save" feedback. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: string | null }
  | { status: 'error'; message: string };

export function savedFrom(history: HistoryState): SaveState {
  return { status: 'saved', at: history.lastSavedAt };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
