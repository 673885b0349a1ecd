import { summarise, type Summary } from './stats';

/** One line of the results table. A row without a target is printed for comparison only. */
export interface Figure {
  id: string;
  label: string;
  /** Which statistic is held against the target. */
  statistic: 'median' | 'p95' | 'single';
  unit: 'ms' | 'KB' | 'MB';
  /** The target on XL (the figure must be at most this); null for a comparison figure. */
  target: number | null;
  /** How the target is written, e.g. "<= 0.5 x bare frappe-gantt (1,850 ms)". */
  targetText: string;
  summary: Summary | null;
  /** Why there is no figure ("not available: …"). */
  unavailable?: string;
  note?: string;
}

export function measured(base: Omit<Figure, 'summary'>, samples: readonly number[]): Figure {
  return { ...base, summary: summarise(samples) };
}

export function unavailable(base: Omit<Figure, 'summary' | 'unavailable'>, reason: string): Figure {
  return { ...base, summary: null, unavailable: reason };
}

export function value(figure: Figure): number | null {
  if (!figure.summary) return null;
  return figure.statistic === 'p95' ? figure.summary.p95 : figure.summary.median;
}

export type Verdict = 'ok' | 'MISS' | 'n/a' | '';

export function verdict(figure: Figure): Verdict {
  const v = value(figure);
  if (v === null) return figure.target === null ? '' : 'n/a';
  if (figure.target === null) return '';
  return v <= figure.target ? 'ok' : 'MISS';
}

const number = (n: number, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatValue(n: number, unit: Figure['unit']): string {
  if (unit === 'ms') return `${number(n, n < 10 ? 1 : 0)} ms`;
  return `${number(n, unit === 'MB' ? 1 : 0)} ${unit}`;
}

export function formatFigure(figure: Figure): string {
  const v = value(figure);
  if (v === null) return figure.unavailable ?? 'not available';
  return `${formatValue(v, figure.unit)}${figure.statistic === 'single' ? '' : ` (${figure.statistic})`}`;
}

export function formatSpread(figure: Figure): string {
  const s = figure.summary;
  if (!s || figure.statistic === 'single') return '';
  return `${formatValue(s.min, figure.unit)} – ${formatValue(s.max, figure.unit)}, p95 ${formatValue(s.p95, figure.unit)}, n=${s.runs}`;
}

export function formatRatio(figure: Figure): string {
  const v = value(figure);
  if (v === null || figure.target === null || figure.target === 0) return '';
  return `${number(v / figure.target, 2)}`;
}
