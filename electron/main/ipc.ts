// Glue: the one IPC channel of the API. Who may call it is decided in api-guard.ts.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_API_CHANNEL } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/errors';
import { refuseApiCall, type ApiCaller } from './api-guard';

function callerOf(event: IpcMainInvokeEvent, mainWindow: BrowserWindow | null): ApiCaller {
  const fromMainWindow = mainWindow !== null && !mainWindow.isDestroyed() && event.sender === mainWindow.webContents;
  // A frame that navigated away or was removed is null, and reading a disposed one throws.
  try {
    const frame = event.senderFrame;
    return { fromMainWindow, frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null };
  } catch {
    return { fromMainWindow, frameUrl: null, isMainFrame: false };
  }
}

export function handleApiCalls(
  getMainWindow: () => BrowserWindow | null,
  dispatch: (method: string, input: unknown) => Promise<ApiResult<unknown>>,
): void {
  ipcMain.handle(IPC_API_CHANNEL, async (event, method: unknown, input: unknown) => {
    const caller = callerOf(event, getMainWindow());
    const refusal = refuseApiCall(caller, method);
    if (refusal) {
      console.warn(`Refused API call ${JSON.stringify(String(method).slice(0, 100))} from ${caller.frameUrl ?? 'an unknown frame'}: ${refusal.error.message}`);
      return refusal;
    }
    return dispatch(method as string, input);
  });
}
