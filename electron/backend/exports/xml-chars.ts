/**
 * Characters XML 1.0 cannot carry at all, escaped or not: C0 controls other than tab, line feed and carriage return,
 * and U+FFFE and U+FFFF. Every XML the app writes (MS Project XML, the XLSX parts) drops them from its texts.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}
