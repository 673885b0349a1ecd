import { useMemo } from 'react';
import type { CollectionKey } from '../../../shared/schemas/operations';
import { useRollout } from '../../state/RolloutProvider';

/** The record API of steps 7 to 10 through the store, so every change updates the save state, history and views. */
export function useOps() {
  const mutate = useRollout((s) => s.mutate);
  return useMemo(() => ({
    mutate,
    create: (collection: CollectionKey, fields: Record<string, unknown>) => mutate((api) => api.invoke('ops.create', { collection, fields })),
    update: (collection: CollectionKey, id: string, patch: Record<string, unknown>) => mutate((api) => api.invoke('ops.update', { collection, id, patch })),
    remove: (collection: CollectionKey, id: string) => mutate((api) => api.invoke('ops.delete', { collection, id })),
    move: (collection: CollectionKey, id: string, direction: 'up' | 'down') => mutate((api) => api.invoke('ops.move', { collection, id, direction })),
  }), [mutate]);
}
