import { BarChart as Bars, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([Bars, GridComponent, TooltipComponent, SVGRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** An ECharts bar chart that follows its box's size; a new option redraws it. */
export function BarChart({ option, label, testId }: { option: BarChartOption; label: string; testId: string }) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (box.current === null) return;
    const chart = init(box.current, null, { renderer: 'svg' });
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);

  return <div ref={box} className="portrait-chart" role="img" aria-label={label} data-testid={testId} />;
}
