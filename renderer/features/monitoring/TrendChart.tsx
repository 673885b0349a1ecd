import type { Kpi, Measurement } from '../../../shared/schemas/monitoring';
import { formatPlanDate } from '../../components/format';

interface TrendChartProps {
  kpi: Pick<Kpi, 'name' | 'unit' | 'direction' | 'warning' | 'critical' | 'target'>;
  measurements: readonly Pick<Measurement, 'measuredOn' | 'value'>[];
  large?: boolean;
}

/**
 * A small line of the measurements over the warning and critical bands. The numbers are in the table next to it;
 * the label gives screen readers the gist.
 */
export function TrendChart({ kpi, measurements, large }: TrendChartProps) {
  const width = large ? 520 : 140;
  const height = large ? 160 : 36;
  const pad = large ? { l: 36, r: 8, t: 8, b: 20 } : { l: 2, r: 2, t: 3, b: 3 };
  const values = measurements.map((m) => m.value);
  const label = measurements.length
    ? `Trend of ${kpi.name}: ${measurements.length} measurement${measurements.length === 1 ? '' : 's'} from ${formatPlanDate(measurements[0]!.measuredOn)} to ${formatPlanDate(measurements.at(-1)!.measuredOn)}, latest ${measurements.at(-1)!.value} ${kpi.unit}`
    : `No measurements of ${kpi.name} yet`;
  const lo = Math.min(...values, kpi.critical, kpi.warning, kpi.target);
  const hi = Math.max(...values, kpi.critical, kpi.warning, kpi.target);
  const span = hi - lo || 1;
  const y = (v: number) => pad.t + (height - pad.t - pad.b) * (1 - (v - lo) / span);
  const x = (i: number) => pad.l + (measurements.length <= 1 ? (width - pad.l - pad.r) / 2 : (i * (width - pad.l - pad.r)) / (measurements.length - 1));
  // Bands run from the threshold to the bad edge of the chart.
  const band = (from: number, to: number) => ({ y: Math.min(y(from), y(to)), h: Math.abs(y(from) - y(to)) });
  const warning = kpi.direction === 'higher' ? band(kpi.warning, kpi.critical) : band(kpi.critical, kpi.warning);
  const critical = kpi.direction === 'higher' ? band(kpi.critical, lo) : band(hi, kpi.critical);
  const points = measurements.map((m, i) => `${x(i).toFixed(1)},${y(m.value).toFixed(1)}`).join(' ');

  return (
    <svg className={large ? 'trend trend--large' : 'trend'} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} preserveAspectRatio="none">
      <rect className="trend__band--warning" x={pad.l} width={width - pad.l - pad.r} y={warning.y} height={warning.h} />
      <rect className="trend__band--critical" x={pad.l} width={width - pad.l - pad.r} y={critical.y} height={critical.h} />
      {measurements.length > 1 ? <polyline className="trend__line" points={points} /> : null}
      {measurements.map((m, i) => <circle key={`${m.measuredOn}-${i}`} className="trend__dot" cx={x(i)} cy={y(m.value)} r={large ? 3.5 : 2} />)}
      {large ? (
        <>
          <text className="trend__axis" x={pad.l - 4} y={y(hi) + 4} textAnchor="end">{hi}</text>
          <text className="trend__axis" x={pad.l - 4} y={y(lo)} textAnchor="end">{lo}</text>
          {measurements.length ? <text className="trend__axis" x={pad.l} y={height - 4}>{formatPlanDate(measurements[0]!.measuredOn)}</text> : null}
          {measurements.length > 1 ? <text className="trend__axis" x={width - pad.r} y={height - 4} textAnchor="end">{formatPlanDate(measurements.at(-1)!.measuredOn)}</text> : null}
        </>
      ) : null}
    </svg>
  );
}
