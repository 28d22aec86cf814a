import type { CohortRetention } from '../types';
import type { ChartOption } from './chart-option';
import { dataOf } from './tooltip';

interface CohortText {
  month: (isoDate: string) => string;
  offset: (months: number) => string;
  /** The tooltip's HTML for one cell. */
  describe: (cohortIndex: number, offset: number) => string;
}

/** Retention in percent: a row per first-order month (oldest on top), a column per month since. */
export function cohortHeatmapOption({ cohorts }: CohortRetention, text: CohortText): ChartOption {
  const width = Math.max(0, ...cohorts.map((cohort) => cohort.retention.length));
  return {
    grid: { left: 8, right: 8, top: 8, bottom: 56, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      formatter: (params) => {
        const [offset, cohortIndex] = dataOf<[number, number, number]>(params);
        return text.describe(cohortIndex, offset);
      },
    },
    xAxis: { type: 'category', data: Array.from({ length: width }, (_, offset) => text.offset(offset)), position: 'top' },
    yAxis: { type: 'category', data: cohorts.map((cohort) => text.month(cohort.month)), inverse: true },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: 100,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#f8fafc', '#0e7490'] },
      formatter: (value) => `${String(value)}%`,
    },
    series: [
      {
        type: 'heatmap',
        data: cohorts.flatMap((cohort, cohortIndex) =>
          cohort.retention.map((share, offset) => [offset, cohortIndex, Math.round(Number(share) * 1000) / 10]),
        ),
        label: { show: true, formatter: (params) => `${String(dataOf<number[]>(params)[2])}%` },
      },
    ],
  };
}
