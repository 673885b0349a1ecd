import { useId } from 'react';
import { burnChart, type BurnChartOptions } from '../../shared/reports/charts/burn-chart';
import { SvgTree } from './SvgTree';

/** The app's burn chart: the drawing (lines, axes, legend) is shared/reports/charts/burn-chart.ts, the one the budget report prints. */
export function BurnChart(props: Omit<BurnChartOptions, 'idPrefix'>) {
  const id = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const tree = burnChart({ ...props, idPrefix: `burn${id}` });
  return tree ? <SvgTree tree={tree} /> : null;
}
