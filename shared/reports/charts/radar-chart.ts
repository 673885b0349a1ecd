import { clip, el, txt, type SvgElement } from './svg-tree';

/** One vendor's profile by criteria group (0-100 per axis). */
export function radarPoint(index: number, count: number, value: number, radius: number, centre: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (Math.max(0, Math.min(100, value)) / 100) * radius;
  return [centre + r * Math.cos(angle), centre + r * Math.sin(angle)];
}

/** Null when there are fewer than three axes: a profile needs a polygon. */
export function radarChart({ axes, values, title, size = 260 }: { axes: string[]; values: number[]; title: string; size?: number }): SvgElement | null {
  const centre = size / 2;
  const radius = size / 2 - 48;
  const n = axes.length;
  if (n < 3) return null;
  const polygon = (vals: number[]) => vals.map((v, i) => radarPoint(i, n, v, radius, centre).map((c) => c.toFixed(2)).join(',')).join(' ');
  const label = `${title}: ${axes.map((a, i) => `${a} ${Math.round(values[i] ?? 0)}`).join(', ')}`;
  // Axis labels sit outside the rings: a margin on both sides keeps long group names inside the picture.
  const side = 44;
  return el('svg', { class: 'chart chart--radar', viewBox: `${-side} 0 ${size + 2 * side} ${size}`, role: 'img', 'aria-label': label, width: size + 2 * side }, [
    el('title', {}, [txt(title)]),
    ...[25, 50, 75, 100].map((ring) => el('polygon', { points: polygon(axes.map(() => ring)), style: 'fill: none; stroke: var(--border, #ccc)' })),
    ...axes.map((axis, i) => {
      const [x, y] = radarPoint(i, n, 100, radius, centre);
      const [lx, ly] = radarPoint(i, n, 122, radius, centre);
      const anchor = Math.abs(lx - centre) < 8 ? 'middle' : lx > centre ? 'start' : 'end';
      return el('g', {}, [
        el('line', { x1: centre, y1: centre, x2: x, y2: y, style: 'stroke: var(--border, #ccc)' }),
        el('text', { x: lx, y: ly, 'text-anchor': anchor, 'dominant-baseline': 'middle', 'font-size': 10, style: 'fill: var(--text-muted, #555)' }, [txt(clip(axis, 16))]),
      ]);
    }),
    el('polygon', { points: polygon(values), style: 'fill: var(--accent-soft, #dde8fa); fill-opacity: 0.8; stroke: var(--accent, #1d5bb8); stroke-width: 2' }),
  ]);
}
