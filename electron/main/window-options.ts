import type { BrowserWindowConstructorOptions } from 'electron';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedBounds extends Rect {
  maximized: boolean;
}

export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 640;
export const DEFAULT_WIDTH = 1360;
export const DEFAULT_HEIGHT = 860;
/** How much of a saved window must still be on some display for the saved place to be reused. */
const MIN_VISIBLE = 120;

/** Painted before the first frame so a dark system does not flash white: the --bg of renderer/styles/tokens.css. */
export function backgroundColor(dark: boolean): string {
  return dark ? '#12161b' : '#f5f6f8';
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const isFiniteRect = (r: Rect) => [r.x, r.y, r.width, r.height].every(Number.isFinite) && r.width > 0 && r.height > 0;
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Where the window opens: the saved bounds if enough of them is still on a display (a monitor may have been
 * unplugged since), moved and shrunk to fit that display's work area; otherwise a default size that Electron
 * centres on the primary display (x and y left out). `workAreas[0]` is the primary display.
 */
export function initialBounds(saved: SavedBounds | undefined, workAreas: Rect[]): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const primary = workAreas[0];
  const fallback = {
    width: primary ? Math.min(DEFAULT_WIDTH, primary.width) : DEFAULT_WIDTH,
    height: primary ? Math.min(DEFAULT_HEIGHT, primary.height) : DEFAULT_HEIGHT,
  };
  if (!saved || !isFiniteRect(saved)) return { bounds: fallback, maximized: false };

  let best: { area: Rect; size: number } | undefined;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    const size = o.width * o.height;
    if (o.width >= Math.min(MIN_VISIBLE, saved.width) && o.height >= Math.min(MIN_VISIBLE, saved.height) && size > (best?.size ?? 0)) {
      best = { area, size };
    }
  }
  if (!best) return { bounds: fallback, maximized: saved.maximized === true };

  const { area } = best;
  const width = Math.round(clamp(saved.width, Math.min(MIN_WIDTH, area.width), area.width));
  const height = Math.round(clamp(saved.height, Math.min(MIN_HEIGHT, area.height), area.height));
  return {
    bounds: {
      x: Math.round(clamp(saved.x, area.x, area.x + area.width - width)),
      y: Math.round(clamp(saved.y, area.y, area.y + area.height - height)),
      width,
      height,
    },
    maximized: saved.maximized === true,
  };
}

export interface WindowOptionsInput {
  preloadPath: string;
  dark: boolean;
  saved: SavedBounds | undefined;
  workAreas: Rect[];
  title: string;
  /** Linux shows this in the task bar; Windows and macOS take the icon from the packaged app. */
  iconPath?: string;
}

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const { bounds } = initialBounds(input.saved, input.workAreas);
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: input.title,
    // Shown on ready-to-show, so the user never sees an empty frame.
    show: false,
    backgroundColor: backgroundColor(input.dark),
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      // Electron's defaults already are these; they are spelled out because scanners and reviewers read them here.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // A middle click on a link fires auxclick, which can open a new window past the click handlers; the
      // window-open handler denies it anyway, but the feature is not needed at all (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
