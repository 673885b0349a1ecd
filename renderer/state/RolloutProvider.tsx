import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useApi } from '../api/ApiContext';
import { createRolloutStore, type RolloutActions, type RolloutState, type RolloutStore } from './rollout-store';

const StoreContext = createContext<RolloutStore | null>(null);

/** One store per mounted app, built on the injected API client, so each test starts from a clean slate. */
export function RolloutProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [store] = useState(() => createRolloutStore(api));
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useRolloutStore(): RolloutStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useRollout must be used inside <RolloutProvider>');
  return store;
}

export function useRollout<T>(selector: (state: RolloutState & RolloutActions) => T): T {
  return useStore(useRolloutStore(), selector);
}
