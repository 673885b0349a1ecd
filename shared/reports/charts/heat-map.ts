import { riskLevel, type RiskLevel } from '../../rules/governance';
import { el, txt, type SvgElement } from './svg-tree';

const FILL: Record<RiskLevel, string> = { low: '#e3f4e8', medium: '#fff3d6', high: '#fddcc4', critical: '#f6c5c1' };

/**
 * The 5x5 risk matrix as a picture: likelihood rows from 5 down, impact columns, each cell with its count and
 * coloured by the app's risk level rule (shared/rules/governance riskLevel). counts[likelihood-1][impact-1].
 */
export function heatMapChart({ counts, title, cell = 40 }: { counts: number[][]; title: string; cell?: number }): SvgElement {
  const left = 46;
  const top = 8;
  const size = left + cell * 5 + 8;
  const height = top + cell * 5 + 40;
  const cells = [5, 4, 3, 2, 1].flatMap((l, row) => [1, 2, 3, 4, 5].map((i, col) => {
    const count = counts[l - 1]?.[i - 1] ?? 0;
    const level = riskLevel(l * i);
    const x = left + col * cell;
    const y = top + row * cell;
    return el('g', {}, [
      el('rect', { x, y, width: cell - 2, height: cell - 2, rx: 3, style: `fill: ${FILL[level]}; stroke: #fff` }),
      ...(count > 0 ? [el('text', { x: x + cell / 2 - 1, y: y + cell / 2, 'text-anchor': 'middle', 'dominant-baseline': 'middle', 'font-size': 14, 'font-weight': 700, style: 'fill: #17202c' }, [txt(String(count))])] : []),
    ]);
  }));
  const axis = (text: string, x: number, y: number, extra: Record<string, string | number> = {}) =>
    el('text', { x, y, 'text-anchor': 'middle', 'font-size': 10, style: 'fill: #5b6472', ...extra }, [txt(text)]);
  return el('svg', { class: 'chart chart--heatmap', viewBox: `0 0 ${size} ${height}`, role: 'img', 'aria-label': title, width: size }, [
    el('title', {}, [txt(title)]),
    ...cells,
    ...[5, 4, 3, 2, 1].map((l, row) => axis(String(l), left - 10, top + row * cell + cell / 2 + 3)),
    ...[1, 2, 3, 4, 5].map((i, col) => axis(String(i), left + col * cell + cell / 2, top + cell * 5 + 12)),
    axis('Impact', left + cell * 2.5, top + cell * 5 + 30),
    axis('Likelihood', 12, top + cell * 2.5, { transform: `rotate(-90 12 ${top + cell * 2.5})` }),
  ]);
}
