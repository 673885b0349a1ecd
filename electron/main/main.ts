// The app's lifecycle: one window, one backend, the menu, and the ways a project file arrives (command line,
// second instance, macOS open-file, the menu). Every decision is made in a pure module next to this one.
import fs from 'node:fs';
import { app, BrowserWindow, dialog, Menu, nativeTheme, screen, session, shell } from 'electron';
import { IPC_EVENT_CHANNEL } from '../../shared/api/bridge';
import type { AppEvent } from '../../shared/api/events';
import { createBackend, type Backend } from '../backend/api/backend';
import { readSettings, writeSettings } from '../backend/settings';
import { openedProjectPath } from './api-guard';
import { appPaths } from './app-paths';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { createDesktopHost } from './desktop-host';
import { handleApiCalls } from './ipc';
import { buildMenuTemplate, themeOfCommand, withClickHandlers, type AppMenuCommand, type Theme } from './menu-template';
import { projectPathFromArgv } from './project-files';
import { APP_ENTRY_URL } from './protocol';
import { guardSession, guardWebContents } from './web-contents-guard';
import { backgroundColor, windowOptions } from './window-options';

const PRODUCT_NAME = 'Rollout Planner';
const APP_ID = 'io.rolloutplanner.desktop';

let mainWindow: BrowserWindow | null = null;
let pageLoaded = false;
let backend: Backend | null = null;
let theme: Theme = 'system';
/** Events for a page that is not loaded yet (a file opened at launch); sent once it is. */
const pendingEvents: AppEvent[] = [];

const paths = appPaths(app.getAppPath());
const dataDir = () => app.getPath('userData');

/** To the app's window (it has only the one: window.open is always denied), or held until its page has loaded. */
function sendAppEvent(event: AppEvent): void {
  if (mainWindow && pageLoaded && !mainWindow.isDestroyed()) {
    mainWindow.webContents.send(IPC_EVENT_CHANNEL, event);
    return;
  }
  pendingEvents.push(event);
  if (app.isReady() && !mainWindow) createWindow();
}

function showWindow(): void {
  if (!mainWindow) return createWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function refreshMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    recentFiles: readSettings(dataDir()).recentFiles.map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) })),
    appName: PRODUCT_NAME,
    theme,
    isDev: !app.isPackaged,
    hasDocumentation: fs.existsSync(paths.documentation),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(withClickHandlers(template, runMenuCommand)));
}

function runMenuCommand(command: AppMenuCommand): void {
  switch (command.kind) {
    case 'renderer':
      theme = themeOfCommand(command.command) ?? theme;
      return sendAppEvent({ type: 'menu', command: command.command });
    case 'open-recent':
      return sendAppEvent({ type: 'open-file', path: command.path });
    case 'clear-recent':
      writeSettings(dataDir(), { recentFiles: [] });
      app.clearRecentDocuments();
      return refreshMenu();
    case 'about':
      return app.showAboutPanel();
    case 'documentation':
      void shell.openPath(paths.documentation);
      return;
  }
}

/** The backend's dispatch, plus what the OS should learn when a project opens: recent documents and the menu. */
async function dispatch(method: string, input: unknown) {
  if (!backend) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'Rollout Planner is shutting down.' } };
  const result = await backend.dispatch(method, input);
  const opened = openedProjectPath(method, result);
  if (opened) {
    app.addRecentDocument(opened);
    refreshMenu();
  }
  return result;
}

function saveWindowBounds(window: BrowserWindow): void {
  try {
    writeSettings(dataDir(), { windowBounds: { ...window.getNormalBounds(), maximized: window.isMaximized() } });
  } catch (error) {
    console.error('Could not save the window position:', error);
  }
}

function createWindow(): void {
  const saved = readSettings(dataDir()).windowBounds;
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const window = new BrowserWindow(
    windowOptions({ preloadPath: paths.preload, dark: nativeTheme.shouldUseDarkColors, saved, workAreas, title: PRODUCT_NAME, iconPath: paths.icon }),
  );
  mainWindow = window;
  pageLoaded = false;
  if (saved?.maximized) window.maximize();

  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-start-loading', () => {
    pageLoaded = false;
  });
  window.webContents.on('did-finish-load', () => {
    pageLoaded = true;
    for (const event of pendingEvents.splice(0)) window.webContents.send(IPC_EVENT_CHANNEL, event);
  });
  window.webContents.on('render-process-gone', (_event, details) => console.error(`The window's renderer stopped: ${details.reason}`));
  window.on('close', () => saveWindowBounds(window));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
}

function start(): void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: app.getVersion(), iconPath: paths.icon });
  guardSession(session.defaultSession);
  handleAppProtocol(paths.rendererDir);
  backend = createBackend(createDesktopHost(() => mainWindow));
  handleApiCalls(() => mainWindow, dispatch);
  nativeTheme.on('updated', () => mainWindow?.setBackgroundColor(backgroundColor(nativeTheme.shouldUseDarkColors)));
  refreshMenu();
  createWindow();
}

// Before ready: the scheme must be privileged and the sandbox on before the first renderer exists.
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // The first instance receives our argv through 'second-instance' and opens the file there.
  app.quit();
} else {
  const launchFile = projectPathFromArgv(process.argv, process.cwd());
  if (launchFile) pendingEvents.push({ type: 'open-file', path: launchFile });

  // macOS delivers double-clicked files this way, possibly before ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    sendAppEvent({ type: 'open-file', path: filePath });
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = projectPathFromArgv(argv, workingDirectory);
    if (app.isReady()) showWindow();
    if (file) sendAppEvent({ type: 'open-file', path: file });
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) createWindow();
  });
  app.on('before-quit', () => {
    backend?.close();
    backend = null;
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox(`${PRODUCT_NAME} could not start`, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
