import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput, MethodName } from '../../shared/api/contract';
import { ApiError } from '../../shared/errors';
import { useApi } from '../api/ApiContext';
import { useRollout } from './RolloutProvider';

export interface ProjectQuery<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
}

/**
 * Reads feature data of the open project through the API and reads it again after every change
 * (edits, undo, redo), so a feature view needs no store of its own.
 */
export function useProjectQuery<M extends MethodName>(method: M, input: ApiInput<M>): ProjectQuery<ApiOutput<M>> {
  const api = useApi();
  const revision = useRollout((s) => s.revision);
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
      .then((data) => live && setAnswer({ request, data, error: null }))
      .catch((error: unknown) => {
        if (!live) return;
        const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', String(error));
        setAnswer((previous) => ({ request, data: previous.data, error: apiError }));
      });
    return () => {
      live = false;
    };
  }, [api, method, key, request]);

  return { data: answer.data, error: answer.error, loading: answer.request !== request };
}
