/**
 * The report's own stylesheet: screen (the in-app preview) and print (PDF). No web fonts, no images from outside:
 * the system sans-serif stack and SVG only. Margin boxes (@top-left, @bottom-center with counter(page) and
 * counter(pages)) are printed by Chromium 131 and later; older printers simply leave the margins blank.
 */
export function reportCss(header: { left: string; right: string }): string {
  return `
@page { size: A4; margin: 20mm 16mm 20mm 16mm;
  @top-left { content: ${cssString(header.left)}; font: 8pt system-ui, sans-serif; color: #5b6472; }
  @top-right { content: ${cssString(header.right)}; font: 8pt system-ui, sans-serif; color: #5b6472; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #5b6472; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }
:root { color-scheme: light; --ink: #17202c; --muted: #5b6472; --rule: #d5dae1; --band: #f3f5f8; --accent: #1d5bb8;
  --red: #b42318; --red-bg: #fde8e7; --amber: #8a5a00; --amber-bg: #fff3d6; --green: #1e7a3c; --green-bg: #e3f4e8; --grey-bg: #eceff3; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10pt/1.45 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
@media print { main { max-width: none; padding: 0; } }
h1, h2, h3 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 15pt; margin: 0 0 3mm; padding-bottom: 1.5mm; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
p { margin: 0 0 2.5mm; }
td, th, p, li, dd, dt, figcaption, h1, h2, h3 { unicode-bidi: plaintext; }
.muted { color: var(--muted); }
.cover { border-left: 6px solid var(--accent); padding: 4mm 0 4mm 6mm; margin-bottom: 8mm; break-inside: avoid; }
.cover__kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 8.5pt; color: var(--muted); margin: 0 0 2mm; }
.cover h1 { font-size: 24pt; margin: 0 0 2mm; }
.cover__project { font-size: 13pt; margin: 0 0 1mm; }
.cover__meta { color: var(--muted); margin: 0 0 4mm; }
.cover__overall { display: flex; align-items: center; gap: 3mm; margin: 0 0 4mm; }
.section { margin: 0 0 8mm; }
.section + .section { break-before: auto; }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0 0 3mm; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 8.8pt; table-layout: auto; }
caption { text-align: left; font-weight: 600; font-size: 9.5pt; padding: 0 0 1.5mm; caption-side: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.4mm 2mm; border-bottom: 1px solid var(--rule); overflow-wrap: break-word; hyphens: auto; }
thead th { background: var(--band); font-weight: 600; border-bottom: 1.5px solid #aab3bf; }
tbody th:not(.num) { min-width: 30mm; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.tone { display: inline-block; padding: 0.2mm 2mm; border-radius: 8px; font-size: 8pt; font-weight: 600; white-space: nowrap; }
.tone--red { background: var(--red-bg); color: var(--red); }
.tone--amber { background: var(--amber-bg); color: var(--amber); }
.tone--green { background: var(--green-bg); color: var(--green); }
.tone--grey { background: var(--grey-bg); color: var(--muted); }
.rag { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 0 0 4mm; }
.rag__chip { border: 1px solid var(--rule); border-left-width: 5px; border-radius: 3px; padding: 2mm 3mm; break-inside: avoid; }
.rag__chip--red { border-left-color: var(--red); } .rag__chip--amber { border-left-color: #d08a00; }
.rag__chip--green { border-left-color: var(--green); } .rag__chip--grey { border-left-color: #9aa3ae; }
.rag__label { font-weight: 600; display: flex; justify-content: space-between; gap: 2mm; }
.rag__reason { font-size: 8.5pt; color: var(--muted); margin: 1mm 0 0; }
figure { margin: 0 0 4mm; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figure.half { display: inline-block; width: 48%; vertical-align: top; margin-right: 2%; }
figcaption { font-size: 8.5pt; color: var(--muted); margin-top: 1mm; }
.callout { border-radius: 3px; padding: 2.5mm 3.5mm; margin: 0 0 4mm; break-inside: avoid; background: var(--band); border-left: 4px solid var(--accent); }
.callout--warning { background: var(--amber-bg); border-left-color: #d08a00; }
.callout--success { background: var(--green-bg); border-left-color: var(--green); }
.callout strong { display: block; margin-bottom: 0.5mm; }
ul { margin: 0 0 3mm; padding-left: 5mm; }
@page onepage { margin: 13mm 13mm 15mm 13mm; }
.compact { font-size: 8.6pt; }
.compact main { page: onepage; }
.compact .cover { padding: 1mm 0 1mm 5mm; margin-bottom: 4mm; }
.compact .cover h1 { font-size: 17pt; }
.compact .cover__project { font-size: 10.5pt; }
.compact .cover__meta, .compact .cover__overall { margin-bottom: 1mm; }
.compact .section { margin-bottom: 3.5mm; }
.compact h2 { font-size: 11.5pt; margin-bottom: 2mm; }
.compact table { font-size: 7.8pt; margin-bottom: 2mm; }
.compact th, .compact td { padding: 0.5mm 1.6mm; }
.compact .rag { gap: 2mm; margin-bottom: 2mm; }
.compact .rag__chip { padding: 1.2mm 2.5mm; }
.compact .rag__reason { font-size: 7.6pt; }
/* One page: the section heading names each table, so its caption is kept for screen readers only. */
.compact caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.compact td { white-space: nowrap; } .compact td:nth-child(2) { white-space: normal; }
.chart__tick { font-size: 11px; }
.burn__grid { stroke: #e3e7ec; } .burn__axis { fill: #5b6472; font-size: 12px; }
.burn__line { fill: none; stroke-width: 2.5; } .burn__planned { stroke: #1d5bb8; stroke-dasharray: 6 4; }
.burn__committed { stroke: #8a5a00; } .burn__actual { stroke: #1e7a3c; stroke-width: 3; }
.burn__approved { stroke: #b42318; stroke-width: 1.5; stroke-dasharray: 2 3; } .burn__now { stroke: #5b6472; stroke-dasharray: 3 3; }
`;
}

/** A CSS string literal: the only place report text enters CSS, so quotes, backslashes and line breaks are escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3C ')}"`;
}
