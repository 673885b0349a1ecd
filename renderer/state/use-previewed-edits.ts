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
  // `from`: the data on screen the outcome was computed from (the query's, or the outcome of an edit still being
  // saved), so a second edit made quickly keeps the first one's outcome instead of drawing without it.
  const [preview, setPreview] = useState<{ basis: T | undefined; from: T; outcome: T } | null>(null);
  const data = preview && (preview.basis === query.data || preview.from === query.data) ? preview.outcome : query.data;
  const mutate = useRollout((s) => s.mutate);
  const latest = useRef({ query, data });
  useEffect(() => {
    latest.current = { query, data };
  });

  const run = useCallback(async <R,>(call: (api: ApiInvoker) => Promise<Mutation<R>>, outcome: (data: T) => T | null, options?: MutateOptions<R>) => {
    const basis = latest.current.query.data;
    const from = latest.current.data;
    let next: T | null = null;
    const saving = mutate(call, {
      ...options,
      onSaved: (value, saved) => {
        const computed = next;
        // Only over the data it was computed from: a read that came in since brings the backend's data itself.
        if (computed) latest.current.query.patch((held) => (held === basis || held === from ? computed : held));
        options?.onSaved?.(value, saved);
      },
    });
    next = from === undefined ? null : outcome(from);
    const shown = next;
    if (shown !== null) setPreview({ basis, from: from as T, outcome: shown });
    try {
      return await saving;
    } catch (failure) {
      // Only this edit's outcome goes; another edit's still being saved stays.
      setPreview((current) => (current?.outcome === shown ? null : current));
      throw failure;
    }
  }, [mutate]);
  return { data, run };
}
