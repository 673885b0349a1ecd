import type { z } from 'zod';
import { ApiError } from '../../shared/errors';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** First message per top-level field of a zod result; later issues for the same field are less useful. */
export function zodFieldErrors<K extends string>(error: z.ZodError): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && !(key in errors)) errors[key as K] = issue.message;
  }
  return errors;
}

/**
 * Maps the backend's VALIDATION issues onto form fields. `prefix` is the wrapper the method puts around the
 * form's values, e.g. ['fields'] for project.create or ['patch'] for project.update.
 */
export function apiFieldErrors<K extends string>(error: unknown, prefix: string[]): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return errors;
  for (const issue of error.issues) {
    const startsWithPrefix = prefix.every((part, index) => issue.path[index] === part);
    const key = startsWithPrefix ? issue.path[prefix.length] : undefined;
    if (typeof key === 'string' && !(key in errors)) errors[key as K] = issue.message;
  }
  return errors;
}
