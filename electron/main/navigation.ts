import { APP_HOST, APP_SCHEME } from './protocol';

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for the app's own origin, app://rollout, spelled without port or credentials. */
export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** A page may only ever navigate within the app. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** IPC is answered only for the app's own page in the top frame: never an iframe, file:// or a web origin. */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && isAppUrl(frameUrl);
}

const MAX_EXTERNAL_URL_LENGTH = 2_048;

/**
 * The URL to hand to the system browser when the user follows a link out of the app, or null to drop it.
 * Only https, and never with credentials in it (https://trusted@evil.example is a classic disguise).
 */
export function externalUrl(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed.href;
}

export type NavigationDecision = { action: 'allow' } | { action: 'deny'; openExternal: string | null };

/** will-navigate / will-redirect: stay in the app, or cancel and perhaps open the link in the browser instead. */
export function decideNavigation(url: string): NavigationDecision {
  return isAllowedNavigation(url) ? { action: 'allow' } : { action: 'deny', openExternal: externalUrl(url) };
}

/** window.open and target=_blank: the app never opens a second window of its own; https links go to the browser. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternal: string | null } {
  return { action: 'deny', openExternal: externalUrl(url) };
}

/** Permissions the page may have (camera, notifications, geolocation, ...): none. Kept as a list so granting one is a visible decision. */
export const ALLOWED_PERMISSIONS: readonly string[] = [];

export function isPermissionAllowed(permission: string, requestingUrl: string | null | undefined): boolean {
  return isAppUrl(requestingUrl) && ALLOWED_PERMISSIONS.includes(permission);
}
