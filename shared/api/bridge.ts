import type { ApiResult } from '../errors';
import type { MethodName } from './contract';
import type { AppEvent } from './events';

export type { AppEvent };

/** The name under which the preload exposes the bridge: `window.rolloutBridge`. */
export const BRIDGE_KEY = 'rolloutBridge';
/** IPC channels between preload and main; both sides import them from here so they cannot drift apart. */
export const IPC_API_CHANNEL = 'api';
export const IPC_EVENT_CHANNEL = 'app-event';

/**
 * All the desktop renderer can reach of the main process. Results come back as data, never as thrown errors:
 * Electron strips custom fields off errors that cross IPC, so the code of an ApiError would be lost.
 */
export interface RolloutBridge {
  invoke(method: MethodName, input: unknown): Promise<ApiResult<unknown>>;
  /** Events sent before the first subscription are kept and delivered to it (e.g. a file opened at launch). */
  onEvent(listener: (event: AppEvent) => void): () => void;
}
