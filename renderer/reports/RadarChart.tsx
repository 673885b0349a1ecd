import { radarChart } from '../../shared/reports/charts/radar-chart';
import { SvgTree } from './SvgTree';

/** The app's radar chart: the drawing is shared/reports/charts/radar-chart.ts, the same one the reports print. */
export function RadarChart(props: { axes: string[]; values: number[]; title: string; size?: number }) {
  const tree = radarChart(props);
  if (!tree) return <p className="muted small">A profile needs at least three criteria groups.</p>;
  return <SvgTree tree={tree} />;
}
