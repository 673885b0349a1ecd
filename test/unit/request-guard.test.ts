import { describe, expect, it } from 'vitest';
import { bearerToken, guardRequest, type GuardInput } from '../../electron/backend/web/request-guard';
import { resolveStaticPath } from '../../electron/backend/web/static-files';

const base: GuardInput = { host: '127.0.0.1:4000', origin: undefined, token: 'secret', expectedToken: 'secret', port: 4000, needsToken: true };

describe('web mode request guard', () => {
  it('allows loopback names with the right token', () => {
    expect(guardRequest(base)).toEqual({ allowed: true });
    expect(guardRequest({ ...base, host: 'localhost:4000', origin: 'http://localhost:4000' })).toEqual({ allowed: true });
  });

  it.each([
    ['a foreign host', { host: 'evil.example:4000' }, 403],
    ['a missing host', { host: undefined }, 403],
    ['another port', { host: '127.0.0.1:4001' }, 403],
    ['a foreign origin', { origin: 'http://evil.example' }, 403],
    ['an https origin', { origin: 'https://127.0.0.1:4000' }, 403],
    ['the null origin', { origin: 'null' }, 403],
    ['no token', { token: null }, 401],
    ['a wrong token', { token: 'secreT' }, 401],
    ['a longer token', { token: 'secret-and-more' }, 401],
  ] as const)('refuses %s', (_name, change, status) => {
    expect(guardRequest({ ...base, ...change })).toMatchObject({ allowed: false, status });
  });

  it('lets static files through without a token, but still checks the host', () => {
    expect(guardRequest({ ...base, token: null, needsToken: false })).toEqual({ allowed: true });
    expect(guardRequest({ ...base, token: null, needsToken: false, host: 'evil.example' })).toMatchObject({ status: 403 });
  });

  it('reads bearer tokens strictly', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer abc')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('maps URL paths inside the renderer folder only', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveStaticPath('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/a%00.js')).toBeNull();
  });
});
