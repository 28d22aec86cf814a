import { BarChart as Bars, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { EChart } from '@/components/e-chart';

use([Bars, GridComponent, TooltipComponent, SVGRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** An ECharts bar chart that follows its box's size; a new option redraws it. */
export function BarChart({ option, label, testId }: { option: BarChartOption; label: string; testId: string }) {
  return <EChart option={option} className="portrait-chart" role="img" aria-label={label} data-testid={testId} />;
}
