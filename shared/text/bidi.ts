/**
 * Bidirectional controls in user text. A right-to-left override (U+202E) in a name reverses what follows it up to
 * the end of the paragraph: in "Delete "‮gpj.exe" and its sessions?" it would reverse the app's own words too, and
 * it is the classic way to dress `exe.jpg` up as something else. The text is kept as typed; wherever it is shown,
 * each embedding, override or isolate it opens is closed at its end, so its effect cannot reach past the text it
 * came in (Unicode Bidirectional Algorithm, UAX #9: PDF closes an embedding or override, PDI an isolate and
 * everything opened inside it).
 */

/** LRE, RLE, LRO, RLO (closed by PDF U+202C) and LRI, RLI, FSI (closed by PDI U+2069). */
export const BIDI_OPENERS = /[\u202A\u202B\u202D\u202E\u2066-\u2068]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
const PDF = '\u202C';
const PDI = '\u2069';

/** The closers `text` needs at its end for every embedding, override and isolate it leaves open, innermost first. */
export function bidiClosers(text: string): string {
  if (!BIDI_OPENERS.test(text)) return '';
  const open: ('e' | 'i')[] = [];
  for (const [control] of text.matchAll(BIDI_CONTROL)) {
    if (control === PDF) {
      // A PDF closes the innermost embedding or override, but never reaches out of an isolate.
      if (open[open.length - 1] === 'e') open.pop();
    } else if (control === PDI) {
      const isolate = open.lastIndexOf('i');
      if (isolate !== -1) open.length = isolate;
    } else {
      open.push(control >= '\u2066' ? 'i' : 'e');
    }
  }
  return open.reverse().map((kind) => (kind === 'e' ? PDF : PDI)).join('');
}

/** The text with every bidirectional control it opens closed at its end; unchanged when it opens none. */
export function closeBidi(text: string): string {
  const closers = bidiClosers(text);
  return closers ? text + closers : text;
}

/** True when the text opens an embedding, override or isolate that it does not close itself. */
export function leavesBidiOpen(text: string): boolean {
  return bidiClosers(text) !== '';
}

/**
 * For file formats read as source too (JSON, XML): every bidirectional control written as an escape, so an
 * override cannot reorder the source a person reads in an editor (the "Trojan Source" trick). Parsers decode the
 * escape back to the same character, so the data is unchanged.
 */
const escapeAs = (format: (hex: string) => string) => (text: string): string =>
  text.replace(BIDI_CONTROL, (c) => format(c.charCodeAt(0).toString(16).toUpperCase()));
/** In JSON text the controls can only stand inside strings, where `\uXXXX` means the same character. */
export const escapeBidiInJson = escapeAs((hex) => `\\u${hex}`);
/** In XML text and attribute values, as character references. */
export const escapeBidiInXml = escapeAs((hex) => `&#x${hex};`);
