import type { RolloutBridge } from '../../shared/api/bridge';

export type { RolloutBridge };

/** The preload's bridge when running in the desktop shell; null in a browser. */
export function desktopBridge(): RolloutBridge | null {
  const candidate = (window as unknown as { rolloutBridge?: RolloutBridge }).rolloutBridge;
  return candidate && typeof candidate.invoke === 'function' ? candidate : null;
}
