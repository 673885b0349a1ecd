import { useId } from 'react';
import type { BudgetView } from '../../../shared/api/methods/budget';
import { formatMoney, formatMoneyCompact, formatMonth } from './money';

const W = 960;
const H = 320;
const PAD = { left: 84, right: 24, top: 16, bottom: 40 };

/** A round step for the value axis: 1, 2 or 5 times a power of ten, giving about four lines. */
function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return ([1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power);
}

const SERIES = [
  { key: 'cumulativePlanned', label: 'Planned', className: 'burn__planned' },
  { key: 'cumulativeCommitted', label: 'Committed', className: 'burn__committed' },
  { key: 'cumulativeActual', label: 'Actual', className: 'burn__actual' },
] as const;

/**
 * Cumulative planned, committed and actual cost by month, against the approved budget. Committed and actual stop at
 * the current month. The chart is an image with a title and a description; the phasing table holds its data.
 */
export function BurnChart({ budget, tableId }: { budget: BudgetView; tableId: string }) {
  const id = useId();
  const rows = budget.months;
  if (rows.length === 0) return null;
  const last = rows[rows.length - 1];
  const approved = budget.headline.approved;
  const top = Math.max(last?.cumulativePlanned ?? 0, last?.cumulativeCommitted ?? 0, last?.cumulativeActual ?? 0, approved ?? 0, 1);
  const step = niceStep(top);
  const yMax = Math.ceil(top / step) * step;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (rows.length === 1 ? plotW / 2 : (i * plotW) / (rows.length - 1));
  const y = (v: number) => PAD.top + plotH - (v / yMax) * plotH;
  const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, i) => i * step);
  const labelEvery = Math.max(1, Math.ceil(rows.length / 12));
  const nowIndex = rows.findIndex((r) => r.month === budget.asOf);
  const m = (n: number) => formatMoney(n, budget.currency);
  const path = (key: (typeof SERIES)[number]['key']) =>
    rows.flatMap((r, i) => (key !== 'cumulativePlanned' && r.month > budget.asOf ? [] : [`${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(r[key]).toFixed(1)}`])).join(' ');
  const toDate = rows[nowIndex] ?? (rows[0] && rows[0].month > budget.asOf ? null : last);

  return (
    <figure className="burn">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="burn__svg">
        <title id={`${id}-title`}>Burn chart: cumulative planned, committed and actual cost by month</title>
        <desc id={`${id}-desc`}>
          {`From ${formatMonth(rows[0]?.month ?? '')} to ${formatMonth(last?.month ?? '')}, planned cost reaches ${m(last?.cumulativePlanned ?? 0)}`}
          {approved !== null ? ` against an approved budget of ${m(approved)}` : ''}
          {toDate ? `. By ${formatMonth(toDate.month)}, ${m(toDate.cumulativeCommitted)} is committed and ${m(toDate.cumulativeActual)} spent, against ${m(toDate.cumulativePlanned)} planned.` : '.'}
          {' The monthly phasing table holds the same figures.'}
        </desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="burn__grid" />
            <text x={PAD.left - 8} y={y(t)} className="burn__axis" textAnchor="end" dominantBaseline="middle">{formatMoneyCompact(t, budget.currency)}</text>
          </g>
        ))}
        {rows.map((r, i) => (i % labelEvery === 0 ? (
          <text key={r.month} x={x(i)} y={H - PAD.bottom + 22} className="burn__axis" textAnchor="middle">{formatMonth(r.month)}</text>
        ) : null))}
        {approved !== null ? (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(approved)} y2={y(approved)} className="burn__approved" />
            <text x={W - PAD.right} y={y(approved) - 6} className="burn__axis burn__approved-label" textAnchor="end">Approved {formatMoneyCompact(approved, budget.currency)}</text>
          </g>
        ) : null}
        {nowIndex >= 0 ? <line x1={x(nowIndex)} x2={x(nowIndex)} y1={PAD.top} y2={PAD.top + plotH} className="burn__now" /> : null}
        {SERIES.map((s) => <path key={s.key} d={path(s.key)} className={`burn__line ${s.className}`} />)}
      </svg>
      <figcaption className="burn__legend">
        {SERIES.map((s) => (
          <span key={s.key} className="burn__key"><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" className={`burn__line ${s.className}`} /></svg>{s.label}</span>
        ))}
        {approved !== null ? <span className="burn__key"><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" className="burn__approved" /></svg>Approved budget</span> : null}
        <span className="burn__key"><svg width="12" height="14" aria-hidden="true"><line x1="6" x2="6" y1="0" y2="14" className="burn__now" /></svg>This month</span>
        <a href={`#${tableId}`} onClick={(e) => {
          e.preventDefault();
          document.getElementById(tableId)?.scrollIntoView({ block: 'start' });
        }}>The data as a table</a>
      </figcaption>
    </figure>
  );
}
