/** One vendor's profile by criteria group (0-100 per axis), plain SVG without browser APIs. */
export function radarPoint(index: number, count: number, value: number, radius: number, centre: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (Math.max(0, Math.min(100, value)) / 100) * radius;
  return [centre + r * Math.cos(angle), centre + r * Math.sin(angle)];
}

export function RadarChart({ axes, values, title, size = 260 }: { axes: string[]; values: number[]; title: string; size?: number }) {
  const centre = size / 2;
  const radius = size / 2 - 48;
  const n = axes.length;
  if (n < 3) return <p className="muted small">A profile needs at least three criteria groups.</p>;
  const polygon = (vals: number[]) => vals.map((v, i) => radarPoint(i, n, v, radius, centre).join(',')).join(' ');
  return (
    <svg className="chart chart--radar" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`${title}: ${axes.map((a, i) => `${a} ${Math.round(values[i] ?? 0)}`).join(', ')}`} width={size}>
      <title>{title}</title>
      {[25, 50, 75, 100].map((ring) => (
        <polygon key={ring} points={polygon(axes.map(() => ring))} style={{ fill: 'none', stroke: 'var(--border, #ccc)' }} />
      ))}
      {axes.map((axis, i) => {
        const [x, y] = radarPoint(i, n, 100, radius, centre);
        const [lx, ly] = radarPoint(i, n, 122, radius, centre);
        return (
          <g key={axis}>
            <line x1={centre} y1={centre} x2={x} y2={y} style={{ stroke: 'var(--border, #ccc)' }} />
            <text x={lx} y={ly} textAnchor={Math.abs(lx - centre) < 8 ? 'middle' : lx > centre ? 'start' : 'end'} dominantBaseline="middle" fontSize="10" style={{ fill: 'var(--text-muted, #555)' }}>
              {axis.length > 16 ? `${axis.slice(0, 15)}…` : axis}
            </text>
          </g>
        );
      })}
      <polygon points={polygon(values)} style={{ fill: 'var(--accent-soft, #dde8fa)', fillOpacity: 0.8, stroke: 'var(--accent, #1d5bb8)', strokeWidth: 2 }} />
    </svg>
  );
}
