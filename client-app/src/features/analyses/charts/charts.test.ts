import { describe, expect, it } from 'vitest';
import { barChartOption } from './bar-chart';

const seriesOf = <T>(option: { series?: unknown }) => option.series as T[];

describe('barChartOption', () => {
  it('stacks the series when asked and marks a category', () => {
    const option = barChartOption({
      categories: ['1', '2'],
      series: [
        { name: 'tea', values: [1, 2] },
        { name: 'coffee', values: [3, 4] },
      ],
      stacked: true,
      markCategory: '2',
    });
    const series = seriesOf<{ stack?: string; markLine?: { data: unknown[] } }>(option);
    expect(series.map((bar) => bar.stack)).toEqual(['total', 'total']);
    expect(series[0]!.markLine!.data).toEqual([{ xAxis: '2' }]);
    expect(option.legend).toBeDefined();
  });

  it('needs no legend for one series', () => {
    expect(barChartOption({ categories: ['a'], series: [{ name: 'n', values: [1] }] }).legend).toBeUndefined();
  });
});
