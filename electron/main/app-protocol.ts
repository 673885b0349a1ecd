// Glue: serves dist/renderer over app://rollout/. The decisions live in protocol.ts.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, resolveAppFile, responseHeaders } from './protocol';

/** Must run before the app is ready: a standard, secure scheme gets an origin, fetch() and no mixed-content warnings. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const resolved = resolveAppFile(request.url, rendererDir);
    if (!resolved.ok) {
      console.warn(`app:// refused ${request.url}: ${resolved.reason}`);
      return new Response(null, { status: resolved.status });
    }
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders(resolved.mimeType) });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
