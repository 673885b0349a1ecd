import { differenceInCalendarDays, parseISO, addMonths, format, startOfMonth } from 'date-fns';
import { clip, el, txt, type SvgElement, type SvgNode } from './svg-tree';

export interface PhaseBar {
  label: string;
  start: string;
  finish: string;
  /** 0-100 */
  percentComplete: number;
  critical?: boolean;
}

export interface GanttPhasesOptions {
  phases: PhaseBar[];
  milestones: { label: string; date: string }[];
  title: string;
  /** Today, drawn as a dashed line when inside the range. */
  today?: string;
  width?: number;
}

/**
 * The phases of the plan (the top-level tasks) as one bar each over a month axis, the done share darker, with the
 * milestones as diamonds on a last row. A picture for a report: the timeline view stays the place to work.
 */
export function ganttPhases({ phases, milestones, title, today, width = 720 }: GanttPhasesOptions): SvgElement | null {
  const dated = phases.filter((p) => p.start && p.finish);
  if (dated.length === 0) return null;
  const dates = [...dated.flatMap((p) => [p.start, p.finish]), ...milestones.map((m) => m.date)].sort();
  const first = startOfMonth(parseISO(dates[0] ?? ''));
  const last = addMonths(startOfMonth(parseISO(dates[dates.length - 1] ?? '')), 1);
  const span = Math.max(1, differenceInCalendarDays(last, first));
  const labelW = 210;
  const rowH = 22;
  const top = 26;
  const plot = width - labelW - 10;
  const x = (iso: string) => labelW + (differenceInCalendarDays(parseISO(iso), first) / span) * plot;
  const rowsH = (dated.length + (milestones.length > 0 ? 1 : 0)) * rowH;
  const height = top + rowsH + 8;
  const months: SvgNode[] = [];
  const monthCount = Math.round(span / 30.4);
  const every = monthCount > 14 ? 2 : 1;
  for (let m = first, i = 0; m < last; m = addMonths(m, 1), i++) {
    const mx = x(format(m, 'yyyy-MM-dd'));
    months.push(el('line', { x1: mx, x2: mx, y1: top - 6, y2: height - 4, style: 'stroke: var(--border, #e1e5ea)' }));
    if (i % every === 0) months.push(el('text', { x: mx + 3, y: top - 10, 'font-size': 10, style: 'fill: var(--text-muted, #5b6472)' }, [txt(format(m, i === 0 || m.getMonth() === 0 ? 'MMM yy' : 'MMM'))]));
  }
  const bars = dated.map((p, i) => {
    const y = top + i * rowH;
    const x0 = x(p.start);
    const w = Math.max(3, x(p.finish) - x0 + plot / span);
    const fill = p.critical ? 'var(--danger, #b42318)' : 'var(--accent, #1d5bb8)';
    return el('g', {}, [
      el('text', { x: labelW - 8, y: y + rowH / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', 'font-size': 11, style: 'fill: var(--text, #17202c)' }, [txt(clip(p.label, 34))]),
      el('rect', { x: x0, y: y + 5, width: w, height: rowH - 10, rx: 2, style: `fill: ${fill}; fill-opacity: 0.28` }),
      el('rect', { x: x0, y: y + 5, width: (w * Math.max(0, Math.min(100, p.percentComplete))) / 100, height: rowH - 10, rx: 2, style: `fill: ${fill}` }),
    ]);
  });
  const my = top + dated.length * rowH + rowH / 2;
  const diamonds = milestones.length === 0 ? [] : [
    el('text', { x: labelW - 8, y: my, 'text-anchor': 'end', 'dominant-baseline': 'middle', 'font-size': 11, 'font-style': 'italic', style: 'fill: var(--text, #17202c)' }, [txt('Milestones')]),
    ...milestones.map((m) => {
      const mx = x(m.date);
      return el('path', { d: `M${mx.toFixed(1)},${my - 6} l6,6 l-6,6 l-6,-6 z`, style: 'fill: var(--text, #17202c)' }, [el('title', {}, [txt(m.label)])]);
    }),
  ];
  const now = today && today >= format(first, 'yyyy-MM-dd') && today <= format(last, 'yyyy-MM-dd')
    ? [el('line', { x1: x(today), x2: x(today), y1: top - 6, y2: height - 4, style: 'stroke: var(--text-muted, #5b6472); stroke-dasharray: 3 3; stroke-width: 1.5' })]
    : [];
  return el('svg', { class: 'chart chart--gantt', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, width: '100%' }, [
    el('title', {}, [txt(title)]), ...months, ...bars, ...diamonds, ...now,
  ]);
}
