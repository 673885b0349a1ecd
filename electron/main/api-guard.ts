import type { ApiErrorShape, ApiResult } from '../../shared/errors';
import { isTrustedSender } from './navigation';

export interface ApiCaller {
  /** The IPC came from the main window's webContents (not a devtools page or another window). */
  fromMainWindow: boolean;
  /** URL of the frame that sent it; null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

/** Why an IPC call is refused before it reaches the backend, or null to dispatch it. */
export function refuseApiCall(caller: ApiCaller, method: unknown): { ok: false; error: ApiErrorShape } | null {
  if (!caller.fromMainWindow || !isTrustedSender(caller.frameUrl, caller.isMainFrame)) {
    return { ok: false, error: { code: 'UNSUPPORTED', message: 'This page may not use the Rollout Planner API.' } };
  }
  if (typeof method !== 'string' || method.length === 0 || method.length > 100) {
    return { ok: false, error: { code: 'VALIDATION', message: 'The API method name is missing or invalid.' } };
  }
  return null;
}

/** The methods after which a project is open in the window: the OS recent-documents list should learn its path. */
const OPENING_METHODS: ReadonlySet<string> = new Set(['project.open', 'project.create', 'project.openSample', 'project.saveAs']);

export function openedProjectPath(method: string, result: ApiResult<unknown>): string | null {
  if (!OPENING_METHODS.has(method) || !result.ok) return null;
  const value = result.value as { path?: unknown } | null;
  return typeof value?.path === 'string' && value.path.length > 0 ? value.path : null;
}
