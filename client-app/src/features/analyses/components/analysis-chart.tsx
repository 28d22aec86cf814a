import { BarChart, HeatmapChart, LineChart, SankeyChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { HTMLAttributes } from 'react';
import { EChart } from '@/components/e-chart';
import type { ChartOption } from '../charts/chart-option';

// Only what the analyses draw, so the rest of ECharts stays out of this chunk.
use([
  BarChart,
  HeatmapChart,
  LineChart,
  SankeyChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

type AnalysisChartProps = { option: ChartOption } & HTMLAttributes<HTMLDivElement>;

export function AnalysisChart({ option, ...divProps }: AnalysisChartProps) {
  return <EChart option={option} role="img" {...divProps} />;
}
