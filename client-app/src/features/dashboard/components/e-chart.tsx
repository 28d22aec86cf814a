import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, type HTMLAttributes } from 'react';

// Registering only what the dashboard draws keeps most of ECharts out of the bundle.
use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

type Props = { option: BarChartOption } & HTMLAttributes<HTMLDivElement>;

export function EChart({ option, ...divProps }: Props) {
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
    chart.current?.setOption(option);
  }, [option]);

  return <div ref={container} {...divProps} />;
}
