import type { ChartOption } from './chart-option';

export interface BarSeries {
  name: string;
  values: number[];
}

interface BarChartInput {
  categories: string[];
  series: BarSeries[];
  /** Bars of all series on one pile per category. */
  stacked?: boolean;
  /** A vertical line at this category, e.g. a threshold. */
  markCategory?: string;
}

/** Bars per category: one colour per series, with a legend when there are several. */
export function barChartOption({ categories, series, stacked = false, markCategory }: BarChartInput): ChartOption {
  return {
    grid: { left: 8, right: 8, top: series.length > 1 ? 40 : 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: series.length > 1 ? { type: 'scroll', top: 0 } : undefined,
    xAxis: { type: 'category', data: categories, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((entry, index) => ({
      type: 'bar',
      name: entry.name,
      data: entry.values,
      stack: stacked ? 'total' : undefined,
      barMaxWidth: 40,
      markLine:
        index === 0 && markCategory !== undefined
          ? { symbol: 'none', silent: true, label: { show: false }, data: [{ xAxis: markCategory }] }
          : undefined,
    })),
  };
}
