import crypto from 'node:crypto';

export interface GuardInput {
  host: string | undefined;
  origin: string | undefined;
  /** The token presented: Authorization bearer header, or the `token` query parameter for EventSource. */
  token: string | null;
  expectedToken: string;
  port: number;
  /** Static files (the renderer) need no token; the API always does. */
  needsToken: boolean;
}

export type GuardDecision = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

/** The only names a browser on this machine uses for the loopback server; anything else is DNS rebinding. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function tokensEqual(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Decides whether a request may reach the web mode at all (pure, unit-tested). */
export function guardRequest(input: GuardInput): GuardDecision {
  const hosts = allowedHosts(input.port);
  if (!input.host || !hosts.includes(input.host.toLowerCase())) {
    return { allowed: false, status: 403, reason: 'Host not allowed' };
  }
  if (input.origin !== undefined && !hosts.map((h) => `http://${h}`).includes(input.origin.toLowerCase())) {
    return { allowed: false, status: 403, reason: 'Origin not allowed' };
  }
  if (input.needsToken && (input.token === null || !tokensEqual(input.token, input.expectedToken))) {
    return { allowed: false, status: 401, reason: 'Missing or wrong token' };
  }
  return { allowed: true };
}

export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  return match?.[1] ?? null;
}
