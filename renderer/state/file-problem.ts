import { ApiError, type ErrorCode } from '../../shared/errors';

export interface FileProblem {
  title: string;
  /** The backend's own message: it names the file and says what to do. */
  message: string;
}

const TITLES: Partial<Record<ErrorCode, string>> = {
  FILE_FOREIGN: 'This is not a Rollout Planner project',
  FILE_NEWER: 'This project was made by a newer version',
  FILE_CORRUPT: 'This project file is damaged',
  FILE_LOCKED: 'This project is already open',
  FILE_NOT_FOUND: 'The file was not found',
  FILE_READONLY: 'The file cannot be written',
  FILE_EXISTS: 'A file with that name already exists',
  NO_PROJECT: 'No project is open',
};

/** Never shows a stack trace: an unexpected error becomes its message under a generic title. */
export function describeFileProblem(error: unknown, fallbackTitle = 'The project could not be opened'): FileProblem {
  if (error instanceof ApiError) return { title: TITLES[error.code] ?? fallbackTitle, message: error.message };
  return { title: fallbackTitle, message: error instanceof Error ? error.message : 'Something went wrong.' };
}
