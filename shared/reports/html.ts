import { escapeHtml as e } from './escape';
import { toMarkup } from './charts/svg-tree';
import { RAG_LABELS, type Block, type Cell, type RagChip, type Report } from './model';
import { reportCss } from './print-css';

/**
 * The report as one standalone HTML document: its own stylesheet, inline SVG, no script, no external resource.
 * Every text goes through escapeHtml; the Content-Security-Policy meta forbids scripts even if one slipped through.
 */
export function renderHtml(report: Report): string {
  const { cover } = report;
  const css = reportCss({ left: `${cover.projectName} · ${cover.title}`, right: cover.date });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${cover.title}: ${cover.projectName}`)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body${report.compact ? ' class="compact"' : ''}><main>`,
    renderCover(report),
    ...report.sections.map((s) => `<section class="section" id="${e(`section-${s.id}`)}" aria-labelledby="${e(`h-${s.id}`)}"><h2 id="${e(`h-${s.id}`)}">${e(s.title)}</h2>${s.blocks.map(renderBlock).join('')}</section>`),
    '</main></body>',
    '</html>',
  ].join('\n');
}

function renderCover(report: Report): string {
  const { cover } = report;
  const facts = cover.facts.length > 0 ? keyValues(cover.facts) : '';
  const overall = cover.overall
    ? `<div class="cover__overall"><span class="tone tone--${cover.overall.rating}">Overall: ${e(RAG_LABELS[cover.overall.rating])}</span><span class="muted">${e(cover.overall.reason)}</span></div>`
    : '';
  return `<header class="cover"><p class="cover__kicker">${e(cover.title)}</p><h1>${e(cover.projectName)}</h1>`
    + `<p class="cover__project">${e(cover.organisation)}</p><p class="cover__meta">Report date ${e(cover.date)}</p>${overall}${facts}</header>`;
}

function keyValues(items: { key: string; value: string }[]): string {
  return `<dl class="kv">${items.map((i) => `<dt>${e(i.key)}</dt><dd>${e(i.value)}</dd>`).join('')}</dl>`;
}

function chip(c: RagChip): string {
  return `<div class="rag__chip rag__chip--${c.rating}"><div class="rag__label"><span>${e(c.label)}</span><span class="tone tone--${c.rating}">${e(RAG_LABELS[c.rating])}</span></div><p class="rag__reason">${e(c.reason)}</p></div>`;
}

function cell(value: Cell, tag: 'td' | 'th', numeric: boolean): string {
  const c = typeof value === 'string' ? { text: value } : value;
  const cls = c.numeric || numeric ? ' class="num"' : '';
  const scope = tag === 'th' ? ' scope="row"' : '';
  const inner = c.tone ? `<span class="tone tone--${c.tone}">${e(c.text)}</span>` : c.strong ? `<strong>${e(c.text)}</strong>` : e(c.text);
  return `<${tag}${cls}${scope}>${inner}</${tag}>`;
}

function table(b: Extract<Block, { kind: 'table' }>): string {
  if (b.rows.length === 0) return `<p class="muted">${e(b.empty ?? 'Nothing recorded yet.')}</p>`;
  const numeric = new Set(b.numericColumns ?? []);
  const head = b.header.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const rows = b.rows.map((r) => `<tr>${r.map((c, i) => cell(c, i === 0 ? 'th' : 'td', numeric.has(i))).join('')}</tr>`).join('');
  return `<table><caption>${e(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function renderBlock(b: Block): string {
  switch (b.kind) {
    case 'heading': return `<h3>${e(b.text)}</h3>`;
    case 'paragraph': return `<p${b.muted ? ' class="muted"' : ''}>${e(b.text)}</p>`;
    case 'keyValues': return keyValues(b.items);
    case 'table': return table(b);
    case 'rag': return `<div class="rag">${b.chips.map(chip).join('')}</div>`;
    case 'chart': return `<figure${b.width === 'half' ? ' class="half"' : ''}>${toMarkup(b.svg)}<figcaption>${e(b.caption)}</figcaption></figure>`;
    case 'callout': return `<div class="callout callout--${b.tone}"><strong>${e(b.title)}</strong>${e(b.text)}</div>`;
    case 'list': return `<ul>${b.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
  }
}
