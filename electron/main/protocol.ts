import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

/** The renderer is served from app://rollout/ rather than file://, so it has an origin of its own (see the checklist). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rollout';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppFileResolution =
  | { ok: true; filePath: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps an app://rollout/<path> URL to a file inside `rootDir` (dist/renderer). Chromium already folds `..`
 * segments of a standard scheme, so the checks below are for what survives that: encoded separators and dots,
 * backslashes (a separator on Windows), NUL, hidden files, and any other host or scheme.
 */
export function resolveAppFile(url: string, rootDir: string): AppFileResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') {
    return { ok: false, status: 403, reason: 'not the app origin' };
  }

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed escape' };
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return { ok: false, status: 403, reason: 'forbidden character' };

  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 403, reason: 'dot segment or hidden file' };
  if (segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  // The checks above should make this impossible; it stays as the one rule everything else must satisfy.
  if (!filePath.startsWith(root + path.sep)) return { ok: false, status: 403, reason: 'outside the app folder' };
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}

/** Headers of every app:// response. The CSP is a header so it holds for every document, whatever the HTML says. */
export function responseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
