import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiOutput, DataVersions, MethodName } from '../../shared/api/contract';
import { ApiError } from '../../shared/errors';
import { tablesRead } from '../../shared/api/reads';
import { useApi } from '../api/ApiContext';
import { useRollout } from './RolloutProvider';
import { tablesStamp, type SavedEdit } from './rollout-store';
import { shareEqual } from './share-equal';

export interface ProjectQuery<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  /**
   * Applies a saved edit's answer to the data held, until the next read brings the same from the backend (see
   * the `onSaved` option of mutate). Only for answers of the backend, never for values it has not accepted.
   * With `saved` (what onSaved gets), the patch stands for that edit's change to the query's tables when it was the
   * only change since the data was read: the query is then not read again for it (a score entered on an
   * evaluation of 120,000 scores does not read 14 MB again). Only when `update` applies all the edit wrote there.
   */
  patch(update: (data: T) => T, saved?: SavedEdit): void;
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

  // The request the data held answers (a patch may have moved it on): read in the effect below, which runs after this.
  const held = useRef(answer.request);
  useEffect(() => {
    held.current = answer.request;
  });

  useEffect(() => {
    if (held.current === request) return;
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

  const tablesKey = tables ? JSON.stringify(tables) : null;
  const patch = useCallback((update: (data: ApiOutput<M>) => ApiOutput<M>, saved?: SavedEdit) => {
    const requestAt = (versions: DataVersions) => `${method} ${tablesStamp(versions, JSON.parse(tablesKey ?? '[]') as string[])} ${key}`;
    const { before, after } = saved ?? {};
    const onlyChange = tablesKey !== null && before !== undefined && after !== undefined && after.epoch === before.epoch && after.seq === before.seq + 1;
    setAnswer((previous) => {
      if (previous.data === undefined) return previous;
      const accounted = onlyChange && previous.request === requestAt(before);
      return { ...previous, data: update(previous.data), request: accounted ? requestAt(after) : previous.request };
    });
  }, [method, key, tablesKey]);
  return { data: answer.data, error: answer.error, loading: answer.request !== request, patch };
}
