import { init, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, type HTMLAttributes } from 'react';

type Props = { option: EChartsCoreOption } & HTMLAttributes<HTMLDivElement>;

/**
 * One ECharts instance per mount that follows its box's size; a new option replaces the old one rather than
 * merging into it. Each feature registers (`use`) only the chart types it draws, so the rest stays out of its chunk.
 */
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
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} {...divProps} />;
}
