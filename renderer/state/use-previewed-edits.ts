import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInvoker, Mutation } from '../../shared/api/contract';
import { useRollout } from './RolloutProvider';
import type { MutateOptions } from './rollout-store';
import type { ProjectQuery } from './use-project-query';

export interface PreviewedEdits<T> {
  /** The query's data, or the outcome of an edit being saved. */
  data: T | undefined;
  /**
   * Sends the edit, then draws `outcome(data)` while it is saved; once saved, that outcome is the data the query
   * holds, so the read that follows draws nothing again when it brings the same (see shareEqual) and draws the
   * difference otherwise. A refused edit drops it. `outcome` answers null when it cannot tell.
   */
  run<R>(call: (api: ApiInvoker) => Promise<Mutation<R>>, outcome: (data: T) => T | null, options?: MutateOptions<R>): Promise<R>;
}

/**
 * Edits whose outcome the view computes itself with the backend's pure rules (a drag on a 5,000-task plan, one
 * cost line of 2,000): the request goes out first, so the backend saves while the outcome is computed and drawn.
 */
export function usePreviewedEdits<T>(query: ProjectQuery<T>): PreviewedEdits<T> {
  const [preview, setPreview] = useState<{ basis: T; outcome: T } | null>(null);
  const data = preview && preview.basis === query.data ? preview.outcome : query.data;
  const mutate = useRollout((s) => s.mutate);
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  });

  const run = useCallback(async <R,>(call: (api: ApiInvoker) => Promise<Mutation<R>>, outcome: (data: T) => T | null, options?: MutateOptions<R>) => {
    const basis = latest.current.data;
    let next: T | null = null;
    const saving = mutate(call, {
      ...options,
      onSaved: (value, saved) => {
        const outcome = next;
        if (outcome) latest.current.patch(() => outcome);
        options?.onSaved?.(value, saved);
      },
    });
    next = basis === undefined ? null : outcome(basis);
    if (basis !== undefined && next !== null) setPreview({ basis, outcome: next });
    try {
      return await saving;
    } catch (failure) {
      setPreview(null);
      throw failure;
    }
  }, [mutate]);
  return { data, run };
}
