/**
 * The Content-Security-Policy of every page served over app://. The page needs nothing from outside the app:
 * no remote script, style, image, font or connection; the API goes over IPC, which CSP does not govern.
 *
 * style-src allows 'unsafe-inline' because two libraries of the UI need it and cannot be given a nonce:
 * Radix Dialog (react-remove-scroll) injects a <style> element to lock scrolling, and frappe-gantt writes a
 * style="" attribute through innerHTML. Inline CSS cannot run script, and with img-src, font-src and connect-src
 * limited to the app itself an injected style has nowhere to send data.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

export function contentSecurityPolicy(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
