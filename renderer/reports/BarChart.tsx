import { useId } from 'react';
import { barChart, type Bar } from '../../shared/reports/charts/bar-chart';
import { SvgTree } from './SvgTree';

export type { Bar };

/** The app's bar chart: the drawing is shared/reports/charts/bar-chart.ts, the same one the reports print. */
export function BarChart(props: { bars: Bar[]; title: string; width?: number; rowHeight?: number; labelWidth?: number }) {
  const id = useId().replace(/[^a-zA-Z0-9-]/g, '');
  return <SvgTree tree={barChart({ ...props, idPrefix: `bar${id}` })} />;
}
