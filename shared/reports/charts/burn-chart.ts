import { el, txt, type SvgElement } from './svg-tree';

export interface BurnMonth {
  month: string;
  cumulativePlanned: number;
  cumulativeCommitted: number;
  cumulativeActual: number;
}

export interface BurnChartOptions {
  months: BurnMonth[];
  approved: number | null;
  /** The current month: committed and actual stop there. */
  asOf: string;
  title: string;
  /** Formats an axis amount (minor units), e.g. "€1.9M". */
  formatAmount: (minor: number) => string;
  formatMonth: (month: string) => string;
  /** What the chart shows in words (the SVG's `desc`), for a screen reader; see describeBurn. */
  description?: string;
  /** Ids of the title and description, named by aria-labelledby; without it the title is the aria-label. */
  idPrefix?: string;
}

const W = 960;
/** The legend's row under the month labels. */
const LEGEND_H = 32;
const H = 320 + LEGEND_H;
const PAD = { left: 84, right: 24, top: 16, bottom: 40 + LEGEND_H };
/** Room for one legend label character: wide enough for the projection theme's 20px axis text. */
const LEGEND_CHAR = 10;
const LEGEND_SWATCH = 28;

/** A round step for the value axis: 1, 2 or 5 times a power of ten, giving about four lines. */
export function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
}

export const BURN_SERIES = [
  { key: 'cumulativePlanned', label: 'Planned', className: 'burn__planned' },
  { key: 'cumulativeCommitted', label: 'Committed', className: 'burn__committed' },
  { key: 'cumulativeActual', label: 'Actual', className: 'burn__actual' },
] as const;

/**
 * The chart in words: the span, where planned cost ends against the approved budget, and committed and actual
 * cost at the current month (or at the end when the plan is over).
 */
export function describeBurn(rows: BurnMonth[], approved: number | null, asOf: string, formatAmount: (minor: number) => string, formatMonth: (month: string) => string): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return '';
  const toDate = rows.find((r) => r.month === asOf) ?? (first.month > asOf ? null : last);
  return `From ${formatMonth(first.month)} to ${formatMonth(last.month)}, planned cost reaches ${formatAmount(last.cumulativePlanned)}`
    + (approved !== null ? ` against an approved budget of ${formatAmount(approved)}` : '')
    + (toDate ? `. By ${formatMonth(toDate.month)}, ${formatAmount(toDate.cumulativeCommitted)} is committed and ${formatAmount(toDate.cumulativeActual)} spent, against ${formatAmount(toDate.cumulativePlanned)} planned.` : '.');
}

/** One key of the legend: a short stroke drawn with the series' own classes (colour and dash), then its name. */
interface LegendKey {
  label: string;
  swatch: (x: number, y: number) => SvgElement;
}

function legend(keys: LegendKey[], y: number): SvgElement {
  let x = PAD.left;
  return el('g', { class: 'burn__legend-keys' }, keys.map((key) => {
    const group = el('g', { class: 'burn__key' }, [
      key.swatch(x, y),
      el('text', { x: x + LEGEND_SWATCH + 8, y, class: 'burn__axis burn__legend-label', 'dominant-baseline': 'middle' }, [txt(key.label)]),
    ]);
    x += LEGEND_SWATCH + 8 + key.label.length * LEGEND_CHAR + 28;
    return group;
  }));
}

/**
 * Cumulative planned, committed and actual cost by month against the approved budget, with a legend under the
 * months naming each line by its colour and dash (so it reads in print and in grey). Styled by class names
 * (burn__*), which the app's stylesheet and the report's print CSS both define. The app draws this chart too
 * (renderer/reports/BurnChart.tsx).
 */
export function burnChart({ months: rows, approved, asOf, title, formatAmount, formatMonth, description, idPrefix }: BurnChartOptions): SvgElement | null {
  if (rows.length === 0) return null;
  const last = rows[rows.length - 1];
  const top = Math.max(last?.cumulativePlanned ?? 0, last?.cumulativeCommitted ?? 0, last?.cumulativeActual ?? 0, approved ?? 0, 1);
  const step = niceStep(top);
  const yMax = Math.ceil(top / step) * step;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (rows.length === 1 ? plotW / 2 : (i * plotW) / (rows.length - 1));
  const y = (v: number) => PAD.top + plotH - (v / yMax) * plotH;
  const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, i) => i * step);
  const labelEvery = Math.max(1, Math.ceil(rows.length / 12));
  const nowIndex = rows.findIndex((r) => r.month === asOf);
  const path = (key: (typeof BURN_SERIES)[number]['key']) =>
    rows.flatMap((r, i) => (key !== 'cumulativePlanned' && r.month > asOf ? [] : [`${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(r[key]).toFixed(1)}`])).join(' ');
  const stroke = (className: string) => (x0: number, y0: number) => el('line', { x1: x0, x2: x0 + LEGEND_SWATCH, y1: y0, y2: y0, class: className });
  const keys: LegendKey[] = [
    ...BURN_SERIES.map((s) => ({ label: s.label, swatch: stroke(`burn__line ${s.className}`) })),
    ...(approved !== null ? [{ label: 'Approved budget', swatch: stroke('burn__approved') }] : []),
    ...(nowIndex >= 0 ? [{ label: 'This month', swatch: (x0: number, y0: number) => el('line', { x1: x0 + LEGEND_SWATCH / 2, x2: x0 + LEGEND_SWATCH / 2, y1: y0 - 8, y2: y0 + 8, class: 'burn__now' }) }] : []),
  ];
  const desc = description ?? '';
  const naming = idPrefix
    ? { 'aria-labelledby': desc ? `${idPrefix}-title ${idPrefix}-desc` : `${idPrefix}-title` }
    : { 'aria-label': title };
  return el('svg', { class: 'chart burn__svg', viewBox: `0 0 ${W} ${H}`, role: 'img', ...naming, width: '100%' }, [
    el('title', idPrefix ? { id: `${idPrefix}-title` } : {}, [txt(title)]),
    ...(desc ? [el('desc', idPrefix ? { id: `${idPrefix}-desc` } : {}, [txt(desc)])] : []),
    ...ticks.map((t) => el('g', {}, [
      el('line', { x1: PAD.left, x2: W - PAD.right, y1: y(t), y2: y(t), class: 'burn__grid' }),
      el('text', { x: PAD.left - 8, y: y(t), class: 'burn__axis', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, [txt(formatAmount(t))]),
    ])),
    ...rows.flatMap((r, i) => (i % labelEvery === 0 ? [el('text', { x: x(i), y: H - PAD.bottom + 22, class: 'burn__axis', 'text-anchor': 'middle' }, [txt(formatMonth(r.month))])] : [])),
    ...(approved !== null ? [el('g', {}, [
      el('line', { x1: PAD.left, x2: W - PAD.right, y1: y(approved), y2: y(approved), class: 'burn__approved' }),
      el('text', { x: W - PAD.right, y: y(approved) - 6, class: 'burn__axis burn__approved-label', 'text-anchor': 'end' }, [txt(`Approved ${formatAmount(approved)}`)]),
    ])] : []),
    ...(nowIndex >= 0 ? [el('line', { x1: x(nowIndex), x2: x(nowIndex), y1: PAD.top, y2: PAD.top + plotH, class: 'burn__now' })] : []),
    ...BURN_SERIES.map((s) => el('path', { d: path(s.key), class: `burn__line ${s.className}` })),
    legend(keys, H - LEGEND_H / 2),
  ]);
}
