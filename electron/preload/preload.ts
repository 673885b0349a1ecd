// The only bridge between the page and the main process. The preload is sandboxed: it may import electron and
// shared/ (bundled into one file by scripts/build.mjs), nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, IPC_API_CHANNEL, IPC_EVENT_CHANNEL, type AppEvent, type RolloutBridge } from '../../shared/api/bridge';
import { createEventHub } from './event-hub';

const hub = createEventHub<AppEvent>(32, (error) => console.error('rolloutBridge event listener failed', error));

// The IpcRendererEvent is dropped here: handing it to the page would expose ipcRenderer.sender.
ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, payload: AppEvent) => hub.emit(payload));

const bridge: RolloutBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_API_CHANNEL, method, input),
  onEvent: (listener) => hub.subscribe(listener),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
