import http from 'node:http';
import fs from 'node:fs';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { AppEvent } from '../../../shared/api/events';
import type { Backend } from '../api/backend';
import { bearerToken, guardRequest } from './request-guard';
import { WEB_CSP, mimeType, resolveStaticPath } from './static-files';

export interface WebServerOptions {
  backend: Backend;
  rendererDir: string;
  port: number;
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  broadcast(event: AppEvent): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 25 * 1024 * 1024;
const API_PREFIX = '/api/invoke/';

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The web transport: the built renderer and the same API handlers as the desktop app,
 * on the loopback interface only, behind a per-launch token and Host/Origin checks.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const listeners = new Set<http.ServerResponse>();
  let port = options.port;

  // Calls are answered one at a time, in order: the handlers assume one writer, like the desktop's IPC.
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const decision = guardRequest({
      host: req.headers.host,
      origin: req.headers.origin,
      token: bearerToken(req.headers.authorization) ?? url.searchParams.get('token'),
      expectedToken: token,
      port,
      needsToken: isApi,
    });
    if (!decision.allowed) return send(res, decision.status, decision.reason);

    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST', undefined, { Allow: 'POST' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON');
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.length === 0 ? {} : (JSON.parse(body) as { input?: unknown }).input;
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' } }), 'application/json');
      }
      const method = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      const result = await serialised(() => options.backend.dispatch(method, input));
      return send(res, 200, JSON.stringify(result), 'application/json');
    }

    if (url.pathname === '/api/events') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (isApi) return send(res, 404, 'Not found');

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const filePath = resolveStaticPath(options.rendererDir, url.pathname);
    if (!filePath || !fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) return send(res, 404, 'Not found');
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': mimeType(filePath), 'Cache-Control': 'no-cache' };
    if (filePath.endsWith('.html')) headers['Content-Security-Policy'] = WEB_CSP;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(filePath).pipe(res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    broadcast(event) {
      const data = `data: ${JSON.stringify(event)}\n\n`;
      for (const listener of listeners) listener.write(data);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const listener of listeners) listener.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
