import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  decideNavigation,
  decideWindowOpen,
  externalUrl,
  isAllowedNavigation,
  isAppUrl,
  isPermissionAllowed,
  isTrustedSender,
} from '../../../electron/main/navigation';

describe('isAllowedNavigation', () => {
  it.each(['app://rollout/', 'app://rollout/index.html', 'app://rollout/index.html#/steps'])('allows %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    // Chromium lowercases the host of a standard scheme before any handler sees it: other spellings are not ours.
    'app://ROLLOUT/index.html',
    'app://rollout.evil.example/',
    'app://rollout:1234/',
    'app://me@rollout/',
    'https://rollout/',
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page in the main frame', () => {
    expect(isTrustedSender('app://rollout/index.html', true)).toBe(true);
  });

  it('does not trust an iframe, even of the app origin', () => {
    expect(isTrustedSender('app://rollout/index.html', false)).toBe(false);
  });

  it.each([
    ['another origin', 'https://example.com/'],
    ['file://', 'file:///opt/rollout/dist/renderer/index.html'],
    ['the local web server', 'http://127.0.0.1:4173/'],
    ['localhost', 'http://localhost:5173/'],
    ['another app:// host', 'app://other/index.html'],
    ['about:blank', 'about:blank'],
    ['a frame that is gone', null],
    ['no URL', undefined],
  ])('does not trust %s', (_name, url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });
});

describe('links out of the app', () => {
  it('https links go to the browser', () => {
    expect(externalUrl('https://example.com/guide?x=1')).toBe('https://example.com/guide?x=1');
    expect(decideWindowOpen('https://example.com/')).toEqual({ action: 'deny', openExternal: 'https://example.com/' });
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:someone@example.com',
    'smb://server/share',
    'ms-settings:privacy',
    'app://rollout/index.html',
    'https://trusted.example@evil.example/',
    'https://user:pw@example.com/',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('drops %s', (url) => {
    expect(externalUrl(url)).toBeNull();
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternal: null });
  });

  it('never opens a window, whatever the URL', () => {
    for (const url of ['app://rollout/index.html', 'https://example.com', 'about:blank']) expect(decideWindowOpen(url).action).toBe('deny');
  });

  it('will-navigate stays in the app, or cancels and hands https to the browser', () => {
    expect(decideNavigation('app://rollout/index.html')).toEqual({ action: 'allow' });
    expect(decideNavigation('https://example.com/')).toEqual({ action: 'deny', openExternal: 'https://example.com/' });
    expect(decideNavigation('file:///etc/passwd')).toEqual({ action: 'deny', openExternal: null });
    expect(decideNavigation('http://127.0.0.1:8080/')).toEqual({ action: 'deny', openExternal: null });
  });
});

describe('permissions', () => {
  it('grants nothing', () => {
    expect(ALLOWED_PERMISSIONS).toEqual([]);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid', 'serial', 'usb']) {
      expect(isPermissionAllowed(permission, 'app://rollout/index.html')).toBe(false);
      expect(isPermissionAllowed(permission, 'https://example.com/')).toBe(false);
    }
  });

  it('isAppUrl accepts the bare origin a permission check reports', () => {
    expect(isAppUrl('app://rollout')).toBe(true);
  });
});
