import type { ApiInput, ApiInvoker, ApiOutput, MethodName } from '../../shared/api/contract';
import type { AppEvent } from '../../shared/api/bridge';
import { ApiError, isApiErrorShape, type ApiResult } from '../../shared/errors';
import { desktopBridge, type RolloutBridge } from './bridge';

export type AppEventListener = (event: AppEvent) => void;

/** The renderer's whole view of the backend: typed calls plus the menu / open-file events. */
export interface ApiClient extends ApiInvoker {
  onAppEvent(listener: AppEventListener): () => void;
}

const UNREACHABLE = 'The Rollout Planner backend is not reachable. Check that the app (or `npm run web`) is still running.';
const TOKEN_KEY = 'rollout-planner.token';
const REFUSED =
  'The Rollout Planner server refused this page: its access token is missing or out of date. Open the address that `npm run web` printed (it ends in ?token=…).';

/** Turns a transport answer into a value or an ApiError; anything malformed is reported as INTERNAL, never thrown raw. */
export function unwrapResult<T>(result: unknown): T {
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    const typed = result as ApiResult<T>;
    if (typed.ok) return typed.value;
    if (isApiErrorShape(typed.error)) throw ApiError.fromShape(typed.error);
  }
  throw new ApiError('INTERNAL', 'The backend sent an answer the app cannot read.');
}

/** Shape check only: an event with a command the UI does not know is ignored by the handler's switch. */
function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as { type?: unknown; command?: unknown; path?: unknown };
  return (event.type === 'menu' && typeof event.command === 'string') || (event.type === 'open-file' && typeof event.path === 'string');
}

export function createBridgeClient(bridge: RolloutBridge): ApiClient {
  return {
    async invoke<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      let result: unknown;
      try {
        result = await bridge.invoke(method, input);
      } catch {
        throw new ApiError('INTERNAL', UNREACHABLE);
      }
      return unwrapResult<ApiOutput<M>>(result);
    },
    onAppEvent(listener) {
      return bridge.onEvent(listener);
    },
  };
}

/**
 * The token arrives once in `?token=`; it is moved to sessionStorage and removed from the address bar
 * so it does not end up in bookmarks, screenshots or the history list.
 */
export function takeWebToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createWebClient(token: string, fetchImpl: typeof fetch = (...args) => window.fetch(...args)): ApiClient {
  return {
    async invoke<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      let body: unknown;
      let status: number;
      try {
        const response = await fetchImpl(`/api/invoke/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ input }),
        });
        status = response.status;
        if (status !== 401 && status !== 403) body = await response.json();
      } catch {
        throw new ApiError('INTERNAL', UNREACHABLE);
      }
      // Each web-mode launch has a new token, so a tab left open from an earlier launch lands here.
      if (status === 401 || status === 403) throw new ApiError('UNSUPPORTED', REFUSED);
      return unwrapResult<ApiOutput<M>>(body);
    },
    onAppEvent(listener) {
      if (typeof EventSource === 'undefined') return () => {};
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          const data: unknown = JSON.parse(message.data);
          if (isAppEvent(data)) listener(data);
        } catch {
          // A malformed event is dropped: events are hints (menu commands), never data the UI depends on.
        }
      };
      return () => source.close();
    },
  };
}

/** Desktop when the preload's bridge is present, otherwise the local web server that served this page. */
export function createDefaultClient(): ApiClient {
  const bridge = desktopBridge();
  return bridge ? createBridgeClient(bridge) : createWebClient(takeWebToken());
}
