import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, ApiOutput, MethodName } from '../../shared/api/contract';
import { ApiError } from '../../shared/errors';
import { tablesRead } from '../../shared/api/reads';
import { useApi } from '../api/ApiContext';
import { useRollout } from './RolloutProvider';
import { tablesStamp } from './rollout-store';
import { shareEqual } from './share-equal';

export interface ProjectQuery<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  /**
   * Applies a saved edit's answer to the data held, until the next read brings the same from the backend (see
   * the `onSaved` option of mutate). Only for answers of the backend, never for values it has not accepted.
   */
  patch(update: (data: T) => T): void;
}

export interface ProjectQueryOptions {
  /**
   * The tables the method reads, all of them. When known (given here, or declared for the method in
   * shared/api/reads.ts), the query is read again only after a change to one of them (or a change the app cannot
   * account for), not after every edit of the project.
   */
  tables?: readonly string[];
}

/**
 * Reads feature data of the open project through the API and reads it again after every change
 * (edits, undo, redo), so a feature view needs no store of its own.
 */
export function useProjectQuery<M extends MethodName>(method: M, input: ApiInput<M>, options: ProjectQueryOptions = {}): ProjectQuery<ApiOutput<M>> {
  const api = useApi();
  const tables = options.tables ?? tablesRead(method);
  const revision = useRollout((s) => (tables && s.versions ? tablesStamp(s.versions, tables) : `r${s.revision}`));
  const key = JSON.stringify(input);
  const request = `${method} ${revision} ${key}`;
  // The answer remembers which request it belongs to, so "loading" is derived rather than set.
  const [answer, setAnswer] = useState<{ request: string; data: ApiOutput<M> | undefined; error: ApiError | null }>({
    request: '',
    data: undefined,
    error: null,
  });

  useEffect(() => {
    let live = true;
    api
      .invoke(method, JSON.parse(key) as ApiInput<M>)
      // What did not change keeps its identity (see shareEqual): memoised parts of the view skip their work.
      .then((data) => live && setAnswer((previous) => ({ request, data: shareEqual(previous.data, data), error: null })))
      .catch((error: unknown) => {
        if (!live) return;
        const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', String(error));
        setAnswer((previous) => ({ request, data: previous.data, error: apiError }));
      });
    return () => {
      live = false;
    };
  }, [api, method, key, request]);

  const patch = useCallback((update: (data: ApiOutput<M>) => ApiOutput<M>) => {
    setAnswer((previous) => (previous.data === undefined ? previous : { ...previous, data: update(previous.data) }));
  }, []);
  return { data: answer.data, error: answer.error, loading: answer.request !== request, patch };
}
