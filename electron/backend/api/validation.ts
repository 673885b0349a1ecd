import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';

/** zod issues as the API reports them: a path the UI can put a message next to. */
export function zodIssues(error: z.ZodError, prefix: (string | number)[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
}
