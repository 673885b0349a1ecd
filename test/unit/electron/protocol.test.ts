import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, mimeTypeFor, resolveAppFile, responseHeaders } from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

const root = path.resolve('/opt/rollout/dist/renderer');
const file = (...segments: string[]) => path.join(root, ...segments);

describe('resolveAppFile', () => {
  it('serves files of the renderer folder', () => {
    expect(resolveAppFile(APP_ENTRY_URL, root)).toEqual({ ok: true, filePath: file('index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppFile(`${APP_ORIGIN}/assets/index-abc123.js`, root)).toMatchObject({ ok: true, filePath: file('assets', 'index-abc123.js') });
  });

  it('answers the bare origin and "/" with index.html', () => {
    expect(resolveAppFile(`${APP_ORIGIN}/`, root)).toMatchObject({ ok: true, filePath: file('index.html') });
    expect(resolveAppFile(APP_ORIGIN, root)).toMatchObject({ ok: true, filePath: file('index.html') });
  });

  it('ignores query and fragment', () => {
    expect(resolveAppFile(`${APP_ORIGIN}/index.html?x=1#/plan`, root)).toMatchObject({ ok: true, filePath: file('index.html') });
  });

  it('decodes escaped names', () => {
    expect(resolveAppFile(`${APP_ORIGIN}/assets/my%20font.woff2`, root)).toMatchObject({ ok: true, filePath: file('assets', 'my font.woff2'), mimeType: 'font/woff2' });
  });

  // The URL parser folds plain and %2e dot segments the way Chromium does before the handler sees the request:
  // they can only land inside the folder.
  it.each([
    ['plain traversal', `${APP_ORIGIN}/../../etc/passwd`, file('etc', 'passwd')],
    ['traversal in the middle', `${APP_ORIGIN}/assets/../../secrets.txt`, file('secrets.txt')],
    ['encoded dots', `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`, file('etc', 'passwd')],
    ['double-encoded dots', `${APP_ORIGIN}/%252e%252e/etc/passwd`, file('%2e%2e', 'etc', 'passwd')],
    ['an encoded single dot', `${APP_ORIGIN}/assets/%2e/index.html`, file('assets', 'index.html')],
  ])('keeps %s inside the folder', (_name, url, expected) => {
    expect(resolveAppFile(url, root)).toMatchObject({ ok: true, filePath: expected });
  });

  it.each([
    ['encoded slash', `${APP_ORIGIN}/..%2f..%2fetc%2fpasswd`],
    ['encoded dots and slash', `${APP_ORIGIN}/assets/%2e%2e%2f%2e%2e%2fpackage.json`],
    ['encoded backslash', `${APP_ORIGIN}/..%5c..%5cwindows%5cwin.ini`],
    ['NUL byte', `${APP_ORIGIN}/index.html%00.png`],
    ['hidden file', `${APP_ORIGIN}/.env`],
  ])('refuses %s with 403', (_name, url) => {
    expect(resolveAppFile(url, root)).toMatchObject({ ok: false, status: 403 });
  });

  it('answers a malformed escape with 400', () => {
    expect(resolveAppFile(`${APP_ORIGIN}/%E0%A4%A`, root)).toMatchObject({ ok: false, status: 400 });
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://rollout.evil/index.html'],
    ['a port', 'app://rollout:8080/index.html'],
    ['credentials', 'app://user:pw@rollout/index.html'],
    ['another scheme', 'file:///opt/rollout/dist/renderer/index.html'],
    ['the web', 'https://rollout/index.html'],
  ])('refuses %s with 403', (_name, url) => {
    expect(resolveAppFile(url, root)).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses what is not a URL', () => {
    expect(resolveAppFile('not a url', root)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.PNG', 'image/png'],
    ['photo.jpeg', 'image/jpeg'],
    ['font.woff2', 'font/woff2'],
    ['module.wasm', 'application/wasm'],
    ['unknown.xyz', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (name, mime) => {
    expect(mimeTypeFor(name)).toBe(mime);
  });
});

describe('responseHeaders', () => {
  it('carries the CSP and forbids MIME sniffing', () => {
    expect(responseHeaders('text/html; charset=utf-8')).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
