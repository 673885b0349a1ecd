// The Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item by item, each
// checked on the pure part that decides it. The Electron binary cannot run here; the glue that applies these
// decisions is covered by main-glue.test.ts against a fake electron module, and Electronegativity scans the code
// (npm run security:electron). Detailed behaviour lives in the tests named in each item.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, IPC_API_CHANNEL, IPC_EVENT_CHANNEL } from '../../../shared/api/bridge';
import { refuseApiCall } from '../../../electron/main/api-guard';
import { CSP_DIRECTIVES, CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { decideNavigation, decideWindowOpen, externalUrl, isPermissionAllowed } from '../../../electron/main/navigation';
import { APP_ENTRY_URL, APP_ORIGIN, resolveAppFile } from '../../../electron/main/protocol';
import { windowOptions } from '../../../electron/main/window-options';

type Listener = (...args: unknown[]) => unknown;
const electron = vi.hoisted(() => ({
  exposed: [] as [string, Record<string, unknown>][],
  invoked: [] as unknown[][],
  ipcListeners: new Map<string, (...args: unknown[]) => void>(),
  opened: [] as string[],
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => electron.exposed.push([key, api]) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => (electron.invoked.push(args), Promise.resolve({ ok: true, value: null })),
    on: (channel: string, listener: (...args: unknown[]) => void) => electron.ipcListeners.set(channel, listener),
  },
  shell: { openExternal: (url: string) => (electron.opened.push(url), Promise.resolve()) },
}));

const root = path.resolve(import.meta.dirname, '../../..');
const prefs = windowOptions({ preloadPath: '/app/preload.cjs', dark: false, saved: undefined, workAreas: [{ x: 0, y: 0, width: 1440, height: 900 }], title: 'Rollout Planner' }).webPreferences ?? {};
const HOSTILE_URLS = ['file:///etc/passwd', 'http://example.com/', 'https://evil.example/', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'app://rollout.evil.example/', 'app://user@rollout/', 'chrome://settings'];

/**
 * The newest stable Electron major on a date, from the release cadence: Electron 40 shipped on 2026-01-13 and a
 * major follows every eight weeks. The project supports the newest three; an older Electron gets no security fixes.
 */
function newestElectronMajor(on: Date): number {
  const weeks = Math.floor((on.getTime() - Date.UTC(2026, 0, 13)) / (7 * 24 * 3600 * 1000));
  return 40 + Math.floor(weeks / 8);
}

class FakeContents {
  listeners = new Map<string, Listener>();
  windowOpen: Listener | null = null;
  on(event: string, listener: Listener) {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpen = handler;
  }
  /** Fires an event with a preventDefault the test can read. */
  fire(event: string, extra: Record<string, unknown> = {}): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ preventDefault: () => (prevented = true), ...extra });
    return prevented;
  }
}

describe('the Electron security checklist', () => {
  beforeEach(() => {
    electron.opened.length = 0;
  });

  it('1. only secure content: the app is served from app:// only, and nothing is loaded from http or elsewhere', () => {
    expect(APP_ENTRY_URL).toBe('app://rollout/index.html');
    for (const directive of ['default-src', 'script-src', 'connect-src', 'font-src']) expect(CSP_DIRECTIVES[directive]).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('2. no Node.js integration for any content, workers or sub-frames', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. context isolation on, set explicitly', () => {
    expect(Object.hasOwn(prefs, 'contextIsolation') && prefs.contextIsolation).toBe(true);
  });

  it('4. the renderer is sandboxed (and the preload too: it may import electron and shared/ only)', () => {
    expect(Object.hasOwn(prefs, 'sandbox') && prefs.sandbox).toBe(true);
    expect(readFileSync(path.join(root, 'electron/main/main.ts'), 'utf8')).toMatch(/app\.enableSandbox\(\)/);
  });

  it('5. every permission request and check is refused, whatever the origin', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(isPermissionAllowed(permission, APP_ORIGIN)).toBe(false);
      expect(isPermissionAllowed(permission, 'https://evil.example')).toBe(false);
    }
  });

  it('6. web security stays on', () => {
    expect(prefs.webSecurity).toBe(true);
  });

  it('7. a Content-Security-Policy without inline or evaluated script, plugins, framing or form posts', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|'unsafe-inline'[^;]*script|script-src[^;]*unsafe/);
    expect(CSP_DIRECTIVES).toMatchObject({ 'object-src': ["'none'"], 'base-uri': ["'none'"], 'frame-ancestors': ["'none'"], 'form-action': ["'none'"] });
  });

  it('8. no insecure content on a secure page', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('9. no experimental features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('10. no Blink features switched on (one, auxclick, switched off)', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('11-12. no <webview>: the tag is off and attaching one is cancelled', async () => {
    expect(prefs.webviewTag).toBe(false);
    const { guardWebContents } = await import('../../../electron/main/web-contents-guard');
    const contents = new FakeContents();
    guardWebContents(contents as never);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('13. navigation stays in the app; a link out is cancelled and only https goes to the browser', async () => {
    expect(decideNavigation('app://rollout/index.html#/timeline')).toEqual({ action: 'allow' });
    for (const url of HOSTILE_URLS) expect(decideNavigation(url).action, url).toBe('deny');
    const { guardWebContents } = await import('../../../electron/main/web-contents-guard');
    const contents = new FakeContents();
    guardWebContents(contents as never);
    expect(contents.fire('will-navigate', { url: 'file:///etc/passwd' })).toBe(true);
    expect(contents.fire('will-navigate', { url: 'app://rollout/index.html' })).toBe(false);
    expect(contents.fire('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false })).toBe(true);
    expect(contents.fire('will-redirect', { url: 'https://evil.example/' })).toBe(true);
  });

  it('14. no new windows: every window.open and target=_blank is denied', async () => {
    for (const url of [...HOSTILE_URLS, APP_ENTRY_URL]) expect(decideWindowOpen(url).action).toBe('deny');
    const { guardWebContents } = await import('../../../electron/main/web-contents-guard');
    const contents = new FakeContents();
    guardWebContents(contents as never);
    expect(contents.windowOpen?.({ url: 'https://docs.example/guide' })).toEqual({ action: 'deny' });
    expect(electron.opened).toEqual(['https://docs.example/guide']);
  });

  it('15. shell.openExternal only ever gets a plain https URL', () => {
    for (const url of HOSTILE_URLS.filter((u) => !u.startsWith('https:'))) expect(externalUrl(url), url).toBeNull();
    expect(externalUrl('https://trusted.example@evil.example/')).toBeNull();
    expect(externalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
    expect(externalUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
  });

  it('16. a current Electron: one of the three newest majors, and the one package.json asks for', () => {
    const require = createRequire(import.meta.url);
    const installed = (require('electron/package.json') as { version: string }).version;
    const declared = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron ?? '';
    const major = Number(installed.split('.')[0]);
    expect(declared.replace(/^[\^~]/, '').split('.')[0]).toBe(String(major));
    const newest = newestElectronMajor(new Date());
    expect(major, `Electron ${installed} is out of support (the supported majors are ${newest - 2} to ${newest}): upgrade electron`).toBeGreaterThanOrEqual(newest - 2);
    expect(newestElectronMajor(new Date('2026-01-13T12:00:00Z'))).toBe(40);
    expect(newestElectronMajor(new Date('2026-12-03T12:00:00Z'))).toBe(45);
  });

  it('17. the sender of every IPC call is checked: only the app page, in the main frame of the main window', () => {
    const app = { fromMainWindow: true, frameUrl: APP_ENTRY_URL, isMainFrame: true };
    expect(refuseApiCall(app, 'project.current')).toBeNull();
    expect(refuseApiCall({ ...app, isMainFrame: false }, 'project.current')?.error.code).toBe('UNSUPPORTED');
    expect(refuseApiCall({ ...app, fromMainWindow: false }, 'project.current')?.error.code).toBe('UNSUPPORTED');
    for (const url of [...HOSTILE_URLS, null]) expect(refuseApiCall({ ...app, frameUrl: url }, 'project.current')?.error.code).toBe('UNSUPPORTED');
  });

  it('18. no file:// : the app:// handler serves the renderer folder only, and the file-protocol fuse is off', () => {
    const dir = path.resolve('/opt/rollout/dist/renderer');
    expect(resolveAppFile(`${APP_ORIGIN}/../../etc/passwd`, dir)).toMatchObject({ ok: true, filePath: path.join(dir, 'etc', 'passwd') });
    for (const url of [`${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`, `${APP_ORIGIN}/..%2f..%2fetc/passwd`, 'file:///etc/passwd', 'app://other/index.html']) {
      const resolved = resolveAppFile(url, dir);
      if (resolved.ok) expect(resolved.filePath.startsWith(dir + path.sep), url).toBe(true);
    }
    expect(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).toMatch(/grantFileProtocolExtraPrivileges: false/);
  });

  it('19. the fuses of a packaged build: no run-as-node, no NODE_OPTIONS, no inspector, asar only and checked', () => {
    const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): { electronFuses: Record<string, boolean> } };
    const { electronFuses } = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
    expect(electronFuses).toEqual({
      runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true, enableCookieEncryption: true, grantFileProtocolExtraPrivileges: false,
    });
  });

  it('20. no Electron API reaches the page: the preload exposes invoke and onEvent, and never the IPC event', async () => {
    await import('../../../electron/preload/preload');
    expect(electron.exposed).toHaveLength(1);
    const [key, bridge] = electron.exposed[0]!;
    expect(key).toBe(BRIDGE_KEY);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
    await (bridge.invoke as (m: string, i: unknown) => Promise<unknown>)('project.current', {});
    expect(electron.invoked).toEqual([[IPC_API_CHANNEL, 'project.current', {}]]);
    const received: unknown[][] = [];
    (bridge.onEvent as (l: (...args: unknown[]) => void) => void)((...args) => received.push(args));
    electron.ipcListeners.get(IPC_EVENT_CHANNEL)?.({ sender: { send: () => undefined } }, { type: 'menu', command: 'undo' });
    expect(received).toEqual([[{ type: 'menu', command: 'undo' }]]);
  });
});
