import type { RfmCell, RfmGrid } from '../types';
import type { ChartOption } from './chart-option';
import { indexOf } from './tooltip';

interface RfmHeatmapText {
  r: (score: number) => string;
  f: (score: number) => string;
  /** The tooltip's HTML for one cell. */
  describe: (cell: RfmCell) => string;
}

const scores = (levels: number) => Array.from({ length: levels }, (_, index) => index + 1);

/** Customers per R (rows, best recency on top) and F (columns) score, darker where there are more. */
export function rfmHeatmapOption(grid: RfmGrid, text: RfmHeatmapText): ChartOption {
  const levels = Math.max(1, ...grid.cells.flatMap((cell) => [Number(cell.r), Number(cell.f)]));
  const counts = grid.cells.map((cell) => Number(cell.customers));
  return {
    grid: { left: 8, right: 8, top: 8, bottom: 72, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { formatter: (params) => text.describe(grid.cells[indexOf(params)]!) },
    xAxis: { type: 'category', data: scores(levels).map(text.f), splitArea: { show: true } },
    yAxis: { type: 'category', data: scores(levels).map(text.r), splitArea: { show: true } },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: Math.max(1, ...counts),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#eef2ff', '#4f46e5'] },
    },
    series: [
      {
        type: 'heatmap',
        data: grid.cells.map((cell) => [Number(cell.f) - 1, Number(cell.r) - 1, Number(cell.customers)]),
        label: { show: true },
        emphasis: { itemStyle: { borderColor: '#0f172a', borderWidth: 1 } },
      },
    ],
  };
}
