import { BarChart, HeatmapChart, LineChart, SankeyChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, type HTMLAttributes } from 'react';
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

/** One ECharts instance per mount; a new option replaces the old one rather than merging into it. */
export function AnalysisChart({ option, ...divProps }: AnalysisChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const instance = init(element, null, { renderer: 'svg' });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    chart.current = instance;
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" {...divProps} />;
}
