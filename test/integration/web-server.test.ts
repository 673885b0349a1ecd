import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/backend/web/server';
import { startTestBackend, tempDir, type TestBackend } from '../support/backend';

let server: WebServer;
let api: TestBackend;

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** Raw HTTP so the Host and Origin headers are exactly what an attacker's page would send. */
function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: pathname, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = { 'Content-Type': 'application/json' };
const call = (method: string, headers: Record<string, string>, input: unknown = {}) =>
  request(`/api/invoke/${method}`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ input }) });

beforeAll(async () => {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Rollout Planner</title>');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'outside');
  api = startTestBackend();
  server = await startWebServer({ backend: api.backend, rendererDir, port: 0 });
});

afterAll(async () => {
  await server.close();
  api.close();
});

describe('the web mode server', () => {
  it('listens on loopback with a token in the printed address', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('is bound to 127.0.0.1 alone: another address of this machine, even 127.0.0.2, is refused', async () => {
    const connect = (host: string) => new Promise<string>((resolve) => {
      const socket = net.connect({ host, port: server.port, timeout: 2_000 });
      socket.once('connect', () => (socket.destroy(), resolve('connected')));
      socket.once('timeout', () => (socket.destroy(), resolve('timeout')));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(await connect('127.0.0.1')).toBe('connected');
    const others = ['127.0.0.2', ...Object.values(os.networkInterfaces()).flat().filter((i) => i && !i.internal).map((i) => i!.address)];
    for (const address of others) expect(await connect(address), address).not.toBe('connected');
  });

  it('answers API calls that carry the token', async () => {
    const reply = await call('app.info', { Authorization: `Bearer ${server.token}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { host: 'web', productName: 'Rollout Planner' } });
  });

  it('refuses an API request without the token, or with a wrong one, and does nothing', async () => {
    expect((await call('project.create', {})).status).toBe(401);
    expect((await call('app.info', { Authorization: 'Bearer wrong-token' })).status).toBe(401);
    const files = fs.readdirSync(api.projectsDir);
    const reply = await call('project.openSample', { Authorization: 'Bearer nope' });
    expect(reply.status).toBe(401);
    expect(fs.readdirSync(api.projectsDir)).toEqual(files);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin even with the token', async () => {
    const auth = { Authorization: `Bearer ${server.token}` };
    expect((await call('app.info', { ...auth, Host: `attacker.example:${server.port}` })).status).toBe(403);
    expect((await call('app.info', { ...auth, Origin: 'http://attacker.example' })).status).toBe(403);
    expect((await request('/', { headers: { Host: 'attacker.example' } })).status).toBe(403);
    expect((await call('app.info', { ...auth, Origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('serves the renderer with a Content-Security-Policy and never a file outside it', async () => {
    const index = await request('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request('/../secret.txt')).status).toBe(404);
    expect((await request('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await request('/%2e%2e%2fsecret.txt')).status).toBe(404);
  });

  it('answers malformed JSON with a VALIDATION error', async () => {
    const reply = await request('/api/invoke/app.info', { method: 'POST', headers: { ...json, Authorization: `Bearer ${server.token}` }, body: '{nope' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
