import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors';
import { createBridgeClient, createWebClient, takeWebToken } from '../../renderer/api/client';

describe('web transport', () => {
  it('takes the token from the address once, keeps it for the session and hides it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=secret-123#/step/team');
    expect(takeWebToken()).toBe('secret-123');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/step/team');
    // A reload no longer has the token in the address; the session still has it.
    expect(takeWebToken()).toBe('secret-123');
  });

  it('posts the input with the bearer token and returns the value', async () => {
    const fetchMock = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }));
    const client = createWebClient('t0k', fetchMock);
    await expect(client.invoke('files.list', {})).resolves.toEqual([]);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/invoke/files.list');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer t0k');
    expect(JSON.parse(String(init?.body))).toEqual({ input: {} });
  });

  it('turns an error result into an ApiError with its code, message and field issues', async () => {
    const error = { code: 'VALIDATION', message: 'Not valid.', issues: [{ path: ['fields', 'name'], message: 'Project name is required' }] };
    const client = createWebClient('t', async () => new Response(JSON.stringify({ ok: false, error })));
    const failure = await client.invoke('project.create', {
      fields: { name: '', organisation: '', description: '', plannedStart: '2026-01-05', targetGoLive: '2026-06-01', currency: 'EUR' },
      template: 'blank',
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'VALIDATION', message: 'Not valid.', issues: error.issues });
  });

  it('reports an unreachable backend in words, not as a TypeError', async () => {
    const client = createWebClient('t', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.invoke('app.info', {})).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/^The Rollout Planner backend is not reachable/),
    });
  });

  it('explains a refused token (a tab left open from an earlier launch) instead of failing to parse', async () => {
    const client = createWebClient('stale', async () => new Response('Missing or wrong token', { status: 401 }));
    await expect(client.invoke('app.info', {})).rejects.toMatchObject({
      message: expect.stringMatching(/access token is missing or out of date/),
    });
  });
});

describe('desktop transport', () => {
  it('unwraps bridge results and passes events through', async () => {
    const listeners: ((e: never) => void)[] = [];
    const client = createBridgeClient({
      invoke: async () => ({ ok: false, error: { code: 'FILE_LOCKED', message: 'Already open in another window.' } }),
      onEvent: (listener) => {
        listeners.push(listener as never);
        return () => {};
      },
    });
    await expect(client.invoke('project.open', { path: '/x.rollout' })).rejects.toMatchObject({ code: 'FILE_LOCKED' });
    const seen: unknown[] = [];
    client.onAppEvent((e) => seen.push(e));
    listeners[0]!({ type: 'menu', command: 'undo' } as never);
    expect(seen).toEqual([{ type: 'menu', command: 'undo' }]);
  });
});
