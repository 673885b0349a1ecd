/**
 * A chart as a small element tree: the app renders it as React elements (renderer/reports/SvgTree.tsx) and the
 * report renderer serialises it to markup (toMarkup), so a chart is drawn once, by one pure function, for both.
 * Attribute names are SVG's own (text-anchor, stroke-width, class); `style` is a CSS declaration string.
 */
import { escapeHtml } from '../escape';

export interface SvgElement {
  tag: string;
  attrs?: Record<string, string | number | undefined>;
  children?: SvgNode[];
}
/** A text node; never markup. */
export interface SvgText {
  text: string;
}
export type SvgNode = SvgElement | SvgText;

export function el(tag: string, attrs: SvgElement['attrs'] = {}, children: SvgNode[] = []): SvgElement {
  return { tag, attrs, children };
}
export const txt = (text: string): SvgText => ({ text });

export function isText(node: SvgNode): node is SvgText {
  return 'text' in node;
}

const TAG = /^[a-zA-Z][a-zA-Z0-9]*$/;
const ATTR = /^[a-zA-Z][a-zA-Z0-9:_-]*$/;

/** Markup of a tree; tag and attribute names are checked, every value and text escaped. */
export function toMarkup(node: SvgNode): string {
  if (isText(node)) return escapeHtml(node.text);
  if (!TAG.test(node.tag)) throw new Error(`Bad tag name ${node.tag}`);
  const attrs = Object.entries(node.attrs ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => {
      if (!ATTR.test(name) || /^on/i.test(name)) throw new Error(`Bad attribute name ${name}`);
      return ` ${name}="${escapeHtml(typeof value === 'number' ? round(value) : value)}"`;
    })
    .join('');
  return `<${node.tag}${attrs}>${(node.children ?? []).map(toMarkup).join('')}</${node.tag}>`;
}

/** Coordinates with two decimals at most keep the markup short and stable. */
export function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Shortens a label for a fixed-width axis. */
export function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
