import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ApiError, type FieldIssue } from '../../../shared/errors';

/** Limits of an MS Project XML import: far above a real plan, low enough to refuse a file built to hurt. */
export const MSPDI_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxTasks: 20_000,
  /** Element nesting; MSPDI needs about eight levels. */
  maxDepth: 64,
  maxOutlineLevel: 100,
  /** Days of one calendar exception, and holidays in all. */
  maxExceptionDays: 366,
  maxHolidays: 3_660,
} as const;

export function refuse(message: string, path: (string | number)[] = []): ApiError {
  return new ApiError('VALIDATION', `This MS Project XML file cannot be imported: ${message}`, [{ path, message }]);
}

export function refuseAll(issues: FieldIssue[]): ApiError {
  const first = issues[0];
  const summary = issues.length === 1 && first ? first.message : `${issues.length} problems were found`;
  return new ApiError('VALIDATION', `This MS Project XML file cannot be imported: ${summary}`, issues);
}

/** Element depth by one pass over the text, before a parser could recurse into it; comments, CDATA and PIs skipped. */
export function elementDepth(xml: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let i = xml.indexOf('<');
  while (i !== -1 && i < xml.length) {
    if (xml.startsWith('<!--', i)) i = skipTo(xml, i, '-->');
    else if (xml.startsWith('<![CDATA[', i)) i = skipTo(xml, i, ']]>');
    else if (xml.startsWith('<?', i) || xml.startsWith('<!', i)) i = skipTo(xml, i, '>');
    else if (xml.startsWith('</', i)) {
      depth--;
      i = skipTo(xml, i, '>');
    } else {
      const end = tagEnd(xml, i);
      if (end === -1) break;
      if (xml.charCodeAt(end - 1) !== 0x2f /* '/' */) {
        depth++;
        deepest = Math.max(deepest, depth);
        if (deepest > limit) return deepest;
      }
      i = end + 1;
    }
    i = xml.indexOf('<', i);
  }
  return deepest;
}

function skipTo(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  return at === -1 ? xml.length : at + marker.length;
}

/** The `>` closing a start tag, stepping over quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

const ENTITY = /&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The five predefined XML entities and character references, decoded in one pass. The parser runs with entity
 * processing off (no DOCTYPE, no custom entities, nothing expands); this restores what escaping hid, nothing more.
 */
export function decodeXmlText(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (!name.startsWith('#')) return NAMED[name] ?? whole;
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
  });
}

/** Elements MSPDI repeats: always arrays, even with a single child. */
const REPEATED = new Set(['Calendar', 'WeekDay', 'WorkingTime', 'Exception', 'WorkWeek', 'Task', 'PredecessorLink', 'Resource', 'Assignment', 'ExtendedAttribute', 'Baseline', 'TimephasedData', 'OutlineCode', 'Value']);

export type XmlNode = Record<string, unknown>;

/**
 * Checks and parses the text: size, no DOCTYPE or entity declarations (refused, so no external entity or entity
 * expansion can happen), nesting, well-formedness; answers the `Project` element.
 */
export function parseMspdiXml(xml: string): XmlNode {
  if (typeof xml !== 'string') throw refuse('the file is not text.');
  if (xml.length > MSPDI_LIMITS.maxBytes || Buffer.byteLength(xml, 'utf8') > MSPDI_LIMITS.maxBytes) {
    throw refuse(`the file is larger than ${MSPDI_LIMITS.maxBytes / 1024 / 1024} MB.`);
  }
  const text = xml.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw refuse('it contains a DOCTYPE or entity declaration, which MS Project files never need; they are refused for safety.', ['DOCTYPE']);
  }
  if (!text.trimStart().startsWith('<')) throw refuse('this is not an XML file.');
  if (elementDepth(text, MSPDI_LIMITS.maxDepth) > MSPDI_LIMITS.maxDepth) {
    throw refuse(`elements are nested more than ${MSPDI_LIMITS.maxDepth} levels deep.`);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw refuse(`this is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}).`);
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: MSPDI_LIMITS.maxDepth + 1,
    isArray: (tagName) => REPEATED.has(tagName),
  });
  const parsed = parser.parse(text) as XmlNode;
  const project = parsed.Project;
  if (project === undefined) throw refuse('it has no Project element: is it an MS Project XML (MSPDI) file?', ['Project']);
  return typeof project === 'object' && project !== null ? (project as XmlNode) : {};
}

/** A child element's text (entities decoded), or undefined when absent or not text. */
export function textOf(node: unknown, key: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as XmlNode)[key];
  if (typeof value === 'string') return decodeXmlText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A repeated child element as an array of nodes (objects only). */
export function listOf(node: unknown, ...path: string[]): XmlNode[] {
  let current: unknown = node;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return [];
    current = (current as XmlNode)[key];
  }
  if (current === undefined || current === null) return [];
  const items = Array.isArray(current) ? current : [current];
  return items.map((item) => (typeof item === 'object' && item !== null ? (item as XmlNode) : {}));
}
