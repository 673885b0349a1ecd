import { clip, el, txt, type SvgElement } from './svg-tree';

/**
 * Horizontal bar chart of totals (0-100). Marked bars (e.g. knocked-out vendors) are hatched and labelled, so the
 * mark never depends on colour alone. Colours are the app's custom properties with print fallbacks.
 */
export interface Bar {
  label: string;
  value: number;
  marked?: boolean;
  note?: string;
}

export interface BarChartOptions {
  bars: Bar[];
  title: string;
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
  /** Distinguishes the hatch pattern when several charts share one page. */
  idPrefix?: string;
}

export function barGeometry(count: number, width: number, rowHeight: number, labelWidth: number) {
  const plot = width - labelWidth - 70;
  return { height: count * rowHeight + 24, plot, x: (value: number) => labelWidth + (Math.max(0, Math.min(100, value)) / 100) * plot };
}

export function barChart({ bars, title, width = 640, rowHeight = 34, labelWidth = 200, idPrefix = 'bar' }: BarChartOptions): SvgElement {
  const g = barGeometry(bars.length, width, rowHeight, labelWidth);
  const hatch = `${idPrefix}-hatch`;
  const ticks = [0, 25, 50, 75, 100].map((t) => el('g', {}, [
    el('line', { x1: g.x(t), x2: g.x(t), y1: 0, y2: g.height - 20, style: 'stroke: var(--border, #ccc)' }),
    el('text', { x: g.x(t), y: g.height - 6, 'text-anchor': 'middle', class: 'chart__tick', style: 'fill: var(--text-muted, #555)', 'font-size': 11 }, [txt(String(t))]),
  ]));
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight + 4;
    return el('g', {}, [
      el('text', { x: labelWidth - 8, y: y + rowHeight / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', 'font-size': 13, style: 'fill: var(--text, #111)' }, [txt(clip(bar.label, 28))]),
      el('rect', {
        x: labelWidth, y: y + 4, width: Math.max(1, g.x(bar.value) - labelWidth), height: rowHeight - 12,
        style: bar.marked ? `fill: url(#${hatch}); stroke: var(--text-muted, #555)` : 'fill: var(--accent, #1d5bb8); stroke: none',
      }),
      el('text', { x: g.x(bar.value) + 6, y: y + rowHeight / 2, 'dominant-baseline': 'middle', 'font-size': 13, style: 'fill: var(--text, #111)' },
        [txt(`${bar.value.toFixed(1)}${bar.note ? ` ${bar.note}` : ''}`)]),
    ]);
  });
  return el('svg', { class: 'chart chart--bar', viewBox: `0 0 ${width} ${g.height}`, role: 'img', 'aria-label': title, width: '100%' }, [
    el('title', {}, [txt(title)]),
    el('defs', {}, [
      el('pattern', { id: hatch, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
        el('rect', { width: 6, height: 6, style: 'fill: var(--surface-sunken, #eee)' }),
        el('line', { x1: 0, y1: 0, x2: 0, y2: 6, style: 'stroke: var(--text-muted, #555); stroke-width: 2' }),
      ]),
    ]),
    ...ticks,
    ...rows,
  ]);
}
