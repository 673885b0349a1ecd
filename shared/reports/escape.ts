/**
 * The one escape function of every report: any text or attribute value written into report HTML goes through it.
 * Besides the five markup characters it writes the bidirectional controls (U+202A-U+202E, U+2066-U+2069) as
 * numeric references, so a hostile name cannot silently reverse the text around it when the file is read as source,
 * and closes every one a text leaves open at its end (closeBidi), so on the page it cannot reverse what follows it.
 */
import { closeBidi, escapeBidiInXml } from '../text/bidi';

const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return escapeBidiInXml(closeBidi(value).replace(/[&<>"']/g, (c) => MARKUP[c] ?? c))
    // Control characters other than tab and line breaks are not allowed in HTML text.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
