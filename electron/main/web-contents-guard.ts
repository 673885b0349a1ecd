// Glue: the navigation, window and permission limits of the security checklist, applied to every webContents and
// the default session. The decisions live in navigation.ts.
import { shell, type Session, type WebContents } from 'electron';
import { decideNavigation, decideWindowOpen, isAllowedNavigation, isPermissionAllowed } from './navigation';

function openInBrowser(url: string | null): void {
  if (url) shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url}:`, error));
}

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision.action === 'deny') {
      event.preventDefault();
      openInBrowser(decision.openExternal);
    }
  });
  // Sub-frames and redirects never leave the app, and never open anything either.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(decideWindowOpen(url).openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionAllowed(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
}
