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
}

const W = 960;
const H = 320;
const PAD = { left: 84, right: 24, top: 16, bottom: 40 };

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
 * Cumulative planned, committed and actual cost by month against the approved budget. Styled by class names
 * (burn__*), which the app's stylesheet and the report's print CSS both define.
 */
export function burnChart({ months: rows, approved, asOf, title, formatAmount, formatMonth }: BurnChartOptions): SvgElement | null {
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
  return el('svg', { class: 'chart burn__svg', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, width: '100%' }, [
    el('title', {}, [txt(title)]),
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
  ]);
}
