// The Electron binary cannot run on the build machines, so the glue of electron/main is loaded here against a
// recording fake of the electron module: it checks the wiring (what is registered, in which order, with what),
// with the real backend behind the IPC handler.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const tmp = process.env.TMPDIR ?? '/tmp';
  const base = `${tmp}/rollout-glue-${Date.now()}-${Math.random().toString(16).slice(2)}`;
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));

  class FakeWebContents {
    listeners = new Map<string, Listener>();
    sent: unknown[][] = [];
    windowOpenHandler: Listener | null = null;
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }

  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    listeners = new Map<string, Listener>();
    loadedUrl: string | null = null;
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
      calls.push('new BrowserWindow');
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1100, height: 700 });
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    setBackgroundColor = vi.fn();
    static getFocusedWindow = () => null;
  }

  return { base, calls, appListeners, ready, readyResolve, FakeWebContents, FakeBrowserWindow, state: {} as Record<string, unknown> };
});

vi.mock('electron', () => {
  const { base, calls, appListeners, FakeBrowserWindow, state } = fake;
  const app = {
    getAppPath: () => `${base}/app`,
    getPath: (name: string) => `${base}/${name}`,
    getVersion: () => '0.1.0',
    isPackaged: false,
    isReady: () => true,
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
    on: (event: string, listener: Listener) => appListeners.set(event, listener),
    whenReady: () => fake.ready,
    quit: vi.fn(),
    exit: vi.fn(),
    setAppUserModelId: vi.fn(),
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn(),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  };
  state.app = app;
  const ipcMain = { handle: (channel: string, handler: Listener) => (state[`ipc:${channel}`] = handler) };
  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown) => (calls.push('registerSchemesAsPrivileged'), (state.schemes = schemes)),
    handle: (scheme: string, handler: Listener) => (state[`protocol:${scheme}`] = handler),
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: Listener) => (state.permissionRequest = h),
      setPermissionCheckHandler: (h: Listener) => (state.permissionCheck = h),
    },
  };
  const Menu = {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => (state.menu = menu),
  };
  const screen = {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  };
  const shell = { openExternal: vi.fn(() => Promise.resolve()), openPath: vi.fn(() => Promise.resolve('')) };
  state.shell = shell;
  const nativeTheme = { shouldUseDarkColors: true, on: vi.fn() };
  const dialog = { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };
  const electron = { app, ipcMain, protocol, session, Menu, screen, shell, nativeTheme, dialog, BrowserWindow: FakeBrowserWindow };
  return { ...electron, default: electron };
});

fs.mkdirSync(path.join(fake.base, 'app', 'dist', 'renderer'), { recursive: true });
fs.writeFileSync(path.join(fake.base, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>Rollout Planner</title>');
fs.writeFileSync(path.join(fake.base, 'secret.txt'), 'not for the page');

await import('../../../electron/main/main');
const state = fake.state as Record<string, Listener> & { schemes: unknown; app: Record<string, ReturnType<typeof vi.fn>>; menu: unknown; shell: Record<string, ReturnType<typeof vi.fn>> };
const callsBeforeReady = [...fake.calls];

fake.readyResolve();
await vi.waitFor(() => expect(fake.FakeBrowserWindow.created).toHaveLength(1));
const window = fake.FakeBrowserWindow.created[0]!;
const mainFrame = { url: 'app://rollout/index.html', parent: null };
const invoke = (method: unknown, input: unknown, event: object = { sender: window.webContents, senderFrame: mainFrame }) =>
  state['ipc:api']!(event, method, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

afterAll(() => fs.rmSync(fake.base, { recursive: true, force: true }));

describe('before the app is ready', () => {
  it('registers app:// as privileged, enables the sandbox, and takes the single-instance lock', () => {
    expect(callsBeforeReady).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock']);
    expect(state.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('listens for files from macOS and second instances, and guards every webContents', () => {
    for (const event of ['open-file', 'second-instance', 'web-contents-created', 'before-quit', 'window-all-closed']) {
      expect(fake.appListeners.has(event), event).toBe(true);
    }
  });
});

describe('when ready', () => {

  it('opens one hardened window on app://rollout/index.html', () => {
    expect(window.loadedUrl).toBe('app://rollout/index.html');
    expect(window.options).toMatchObject({
      show: false,
      backgroundColor: '#12161b',
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, preload: path.join(fake.base, 'app', 'dist', 'electron', 'preload.cjs') },
    });
  });

  it('serves the renderer with the CSP header and refuses what lies outside it', async () => {
    const serve = state['protocol:app']!;
    const page = (await serve({ url: 'app://rollout/', method: 'GET' })) as Response;
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Rollout Planner');
    const escape = (await serve({ url: 'app://rollout/..%2f..%2fsecret.txt', method: 'GET' })) as Response;
    expect(escape.status).toBe(403);
    expect(((await serve({ url: 'app://rollout/missing.js', method: 'GET' })) as Response).status).toBe(404);
    expect(((await serve({ url: 'app://rollout/', method: 'POST' })) as Response).status).toBe(405);
  });

  it('denies every permission', () => {
    const callback = vi.fn();
    state.permissionRequest!(window.webContents, 'media', callback, { requestingUrl: 'app://rollout/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(state.permissionCheck!(window.webContents, 'clipboard-read', 'app://rollout')).toBe(false);
  });

  it('answers the API for the app page, through the real backend', async () => {
    const info = await invoke('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'desktop', projectsDir: path.join(fake.base, 'documents', 'Rollout Planner') } });
    expect(fs.existsSync(path.join(fake.base, 'documents', 'Rollout Planner'))).toBe(true);
  });

  it('refuses an iframe, another page, or another webContents before the backend sees them', async () => {
    const iframe = { sender: window.webContents, senderFrame: { url: 'app://rollout/index.html', parent: mainFrame } };
    const web = { sender: window.webContents, senderFrame: { url: 'https://example.com/', parent: null } };
    const other = { sender: new fake.FakeWebContents(), senderFrame: mainFrame };
    const gone = { sender: window.webContents, senderFrame: null };
    for (const event of [iframe, web, other, gone]) expect(await invoke('app.info', {}, event)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('tells the OS about a project that opens and lists it under Open Recent', async () => {
    const file = path.join(fake.base, 'plans', 'Pilot.rollout');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fields = { name: 'Pilot', organisation: '', description: '', plannedStart: '2026-01-05', targetGoLive: '2026-06-30', currency: 'EUR' };
    const created = await invoke('project.create', { fields, template: 'blank', path: file });
    expect(created.ok).toBe(true);
    expect(state.app.addRecentDocument).toHaveBeenCalledWith(file);
    expect(JSON.stringify(state.menu)).toContain('Pilot (Pilot.rollout)');
    await invoke('project.close', {});
  });

  it('sends menu commands to the page once it has loaded', () => {
    window.webContents.listeners.get('did-finish-load')!();
    const file = (state.menu as { label: string; submenu: { label: string; click?: () => void }[] }[])[0]!;
    file.submenu.find((item) => item.label === 'Open…')!.click!();
    expect(window.webContents.sent.at(-1)).toEqual(['app-event', { type: 'menu', command: 'open' }]);
  });

  it('forwards a .rollout from a second instance as an open-file event', () => {
    fake.appListeners.get('second-instance')!({}, ['rollout-planner', '/home/ana/Pilot.rollout'], '/home/ana');
    expect(window.webContents.sent.at(-1)).toEqual(['app-event', { type: 'open-file', path: path.resolve('/home/ana/Pilot.rollout') }]);
    expect(window.focus).toHaveBeenCalled();
  });

  it('keeps navigation in the app and hands https links to the browser', () => {
    const contents = new fake.FakeWebContents();
    fake.appListeners.get('web-contents-created')!({}, contents);
    const preventDefault = vi.fn();
    contents.listeners.get('will-navigate')!({ url: 'https://example.com/guide', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(state.shell.openExternal).toHaveBeenCalledWith('https://example.com/guide');
    const stay = vi.fn();
    contents.listeners.get('will-navigate')!({ url: 'app://rollout/index.html', preventDefault: stay });
    expect(stay).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });

  it('saves the window bounds on close and closes the backend before quitting', async () => {
    window.listeners.get('close')!();
    const settings = JSON.parse(fs.readFileSync(path.join(fake.base, 'userData', 'settings.json'), 'utf8')) as { windowBounds: unknown };
    expect(settings.windowBounds).toEqual({ x: 10, y: 20, width: 1100, height: 700, maximized: false });
    fake.appListeners.get('before-quit')!();
    expect(await invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
