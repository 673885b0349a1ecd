import { createElement, type CSSProperties, type ReactNode } from 'react';
import { isText, type SvgNode } from '../../shared/reports/charts/svg-tree';

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** "fill: var(--accent); stroke-width: 2" as a React style object (set through the CSSOM, so CSP never sees it). */
function styleObject(style: string): CSSProperties {
  const out: Record<string, string> = {};
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim();
    if (property) out[property.startsWith('--') ? property : camel(property)] = declaration.slice(colon + 1).trim();
  }
  return out as CSSProperties;
}

function props(attrs: Record<string, string | number | undefined>, key: number): Record<string, unknown> {
  const out: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (name === 'class') out.className = value;
    else if (name === 'style') out.style = styleObject(String(value));
    else if (name.startsWith('aria-') || name.startsWith('data-')) out[name] = value;
    else out[camel(name)] = value;
  }
  return out;
}

/** Renders a chart tree from shared/reports/charts as React elements: the one adapter between the two. */
export function renderSvgTree(node: SvgNode, key = 0): ReactNode {
  if (isText(node)) return node.text;
  return createElement(node.tag, props(node.attrs ?? {}, key), ...(node.children ?? []).map((child, i) => renderSvgTree(child, i)));
}

export function SvgTree({ tree }: { tree: SvgNode }) {
  return <>{renderSvgTree(tree)}</>;
}
