/**
 * Horizontal bar chart of totals (0-100), plain SVG with no browser APIs, so reports can render it to static HTML.
 * Marked bars (e.g. knocked-out vendors) are hatched and labelled, so the mark never depends on colour alone.
 */
export interface Bar {
  label: string;
  value: number;
  marked?: boolean;
  note?: string;
}

export function barGeometry(count: number, width: number, rowHeight: number, labelWidth: number) {
  const plot = width - labelWidth - 70;
  return { height: count * rowHeight + 24, plot, x: (value: number) => labelWidth + (Math.max(0, Math.min(100, value)) / 100) * plot };
}

export function BarChart({ bars, title, width = 640, rowHeight = 34, labelWidth = 200 }: { bars: Bar[]; title: string; width?: number; rowHeight?: number; labelWidth?: number }) {
  const g = barGeometry(bars.length, width, rowHeight, labelWidth);
  return (
    <svg className="chart chart--bar" viewBox={`0 0 ${width} ${g.height}`} role="img" aria-label={title} width="100%">
      <title>{title}</title>
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" style={{ fill: 'var(--surface-sunken, #eee)' }} />
          <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: 'var(--text-muted, #555)', strokeWidth: 2 }} />
        </pattern>
      </defs>
      {[0, 25, 50, 75, 100].map((t) => (
        <g key={t}>
          <line x1={g.x(t)} x2={g.x(t)} y1={0} y2={g.height - 20} style={{ stroke: 'var(--border, #ccc)' }} />
          <text x={g.x(t)} y={g.height - 6} textAnchor="middle" className="chart__tick" style={{ fill: 'var(--text-muted, #555)' }} fontSize="11">{t}</text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const y = i * rowHeight + 4;
        return (
          <g key={`${bar.label}-${i}`}>
            <text x={labelWidth - 8} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" style={{ fill: 'var(--text, #111)' }}>
              {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={Math.max(1, g.x(bar.value) - labelWidth)} height={rowHeight - 12}
              style={{ fill: bar.marked ? 'url(#hatch)' : 'var(--accent, #1d5bb8)', stroke: bar.marked ? 'var(--text-muted, #555)' : 'none' }} />
            <text x={g.x(bar.value) + 6} y={y + rowHeight / 2} dominantBaseline="middle" fontSize="13" style={{ fill: 'var(--text, #111)' }}>
              {bar.value.toFixed(1)}{bar.note ? ` ${bar.note}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
