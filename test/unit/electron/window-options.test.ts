import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, MIN_HEIGHT, MIN_WIDTH, backgroundColor, initialBounds, windowOptions, type SavedBounds } from '../../../electron/main/window-options';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };
const saved = (rect: Partial<SavedBounds>): SavedBounds => ({ x: 100, y: 50, width: 1200, height: 800, maximized: false, ...rect });

describe('windowOptions', () => {
  const options = windowOptions({ preloadPath: '/app/dist/electron/preload.cjs', dark: false, saved: undefined, workAreas: [laptop], title: 'Rollout Planner' });

  it('sets the security flags explicitly, not by relying on defaults', () => {
    const prefs = options.webPreferences ?? {};
    expect(Object.hasOwn(prefs, 'contextIsolation') && prefs.contextIsolation).toBe(true);
    expect(Object.hasOwn(prefs, 'sandbox') && prefs.sandbox).toBe(true);
    expect(Object.hasOwn(prefs, 'nodeIntegration') && prefs.nodeIntegration === false).toBe(true);
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/dist/electron/preload.cjs',
    });
  });

  it('has a minimum size, stays hidden until painted, and paints the background of the system theme', () => {
    expect(options).toMatchObject({ minWidth: MIN_WIDTH, minHeight: MIN_HEIGHT, show: false, title: 'Rollout Planner', backgroundColor: backgroundColor(false) });
    const dark = windowOptions({ preloadPath: '/p', dark: true, saved: undefined, workAreas: [laptop], title: 'x' });
    expect(dark.backgroundColor).toBe(backgroundColor(true));
    expect(backgroundColor(true)).not.toBe(backgroundColor(false));
  });

  it("paints the renderer's own background, so there is no flash of another colour", () => {
    const tokens = readFileSync(path.resolve(import.meta.dirname, '../../../renderer/styles/tokens.css'), 'utf8');
    const bgOf = (selector: string) => {
      const block = tokens.slice(tokens.indexOf(selector));
      return /--bg:\s*(#[0-9a-f]{6})/i.exec(block.slice(0, block.indexOf('}')))?.[1];
    };
    expect(backgroundColor(false)).toBe(bgOf("[data-theme='light']"));
    expect(backgroundColor(true)).toBe(bgOf("[data-theme='dark']"));
  });

  it('passes the icon only when there is one', () => {
    expect(options).not.toHaveProperty('icon');
    expect(windowOptions({ preloadPath: '/p', dark: false, saved: undefined, workAreas: [], title: 'x', iconPath: '/i.png' }).icon).toBe('/i.png');
  });

  it('uses the clamped saved bounds', () => {
    const o = windowOptions({ preloadPath: '/p', dark: false, saved: saved({ x: 1300 }), workAreas: [laptop], title: 'x' });
    expect([o.x, o.y, o.width, o.height]).toEqual([240, 50, 1200, 800]);
  });
});

describe('initialBounds', () => {
  it('without saved bounds, a default size centred by Electron (no x/y)', () => {
    expect(initialBounds(undefined, [laptop])).toEqual({ bounds: { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT }, maximized: false });
  });

  it('never opens the default window larger than a small screen', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(initialBounds(undefined, [small]).bounds).toEqual({ width: 1024, height: 700 });
  });

  it('keeps saved bounds that fit, and the maximized flag', () => {
    expect(initialBounds(saved({ maximized: true }), [laptop])).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true });
  });

  it('reopens on the second monitor when the window was there', () => {
    const r = initialBounds(saved({ x: 2000, y: 200 }), [laptop, rightMonitor]);
    expect(r.bounds).toEqual({ x: 2000, y: 200, width: 1200, height: 800 });
  });

  it('falls back to the primary display when the saved monitor is gone', () => {
    const r = initialBounds(saved({ x: 2000, y: 200 }), [laptop]);
    expect(r.bounds).toEqual({ width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT });
  });

  it('pulls a window hanging off the edge back inside the work area', () => {
    expect(initialBounds(saved({ x: -300, y: 600 }), [laptop]).bounds).toEqual({ x: 0, y: 75, width: 1200, height: 800 });
  });

  it('shrinks a window larger than the display, and never below the minimum size where the display allows it', () => {
    expect(initialBounds(saved({ x: 0, y: 0, width: 4000, height: 3000 }), [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
    expect(initialBounds(saved({ width: 300, height: 200 }), [laptop]).bounds).toMatchObject({ width: MIN_WIDTH, height: MIN_HEIGHT });
  });

  it('ignores a window that shows only a sliver on some display', () => {
    expect(initialBounds(saved({ x: 1400, y: 100 }), [laptop]).bounds).toEqual({ width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT });
  });

  it('prefers the display that shows most of the window', () => {
    const r = initialBounds(saved({ x: 1000, y: 100, width: 1200 }), [laptop, rightMonitor]);
    expect(r.bounds).toMatchObject({ x: 1440 });
  });

  it('ignores corrupt numbers from the settings file', () => {
    expect(initialBounds(saved({ width: Number.NaN }), [laptop]).bounds).toEqual({ width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT });
    expect(initialBounds(saved({ height: -5 }), [laptop]).bounds).toEqual({ width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT });
  });

  it('works without any display information', () => {
    expect(initialBounds(saved({}), []).bounds).toEqual({ width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT });
  });
});
