import type { AbcPareto } from '../types';
import type { ChartOption } from './chart-option';

const CLASS_COLORS = { A: '#4f46e5', B: '#0ea5e9', C: '#94a3b8' } as const;
const CLASSES = ['A', 'B', 'C'] as const;

const percent = (share: number | string) => Math.round(Number(share) * 1000) / 10;

interface ParetoText {
  customers: string;
  revenue: string;
  className: (abcClass: string) => string;
}

/**
 * Cumulative revenue share against customer share, best customers first, one colour per ABC class (each class
 * line starts where the previous one ends), with the lines where A and A + B reach their shares of revenue.
 */
export function paretoCurveOption(pareto: AbcPareto, text: ParetoText): ChartOption {
  const points = [
    { x: 0, y: 0, abcClass: 'A' },
    ...pareto.curve.map((point) => ({ x: percent(point.customerShare), y: percent(point.revenueShare), abcClass: point.class })),
  ];
  const lines = [percent(pareto.aShare), percent(Number(pareto.aShare) + Number(pareto.bShare))];
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'axis', valueFormatter: (value) => `${String(value)}%` },
    legend: { top: 0 },
    xAxis: { type: 'value', name: text.customers, nameLocation: 'middle', nameGap: 28, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'value', name: text.revenue, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: CLASSES.map((abcClass, index) => {
      const first = points.findIndex((point) => point.abcClass === abcClass);
      const last = points.findLastIndex((point) => point.abcClass === abcClass);
      const own = first < 0 ? [] : points.slice(Math.max(0, first - 1), last + 1);
      return {
        type: 'line',
        name: text.className(abcClass),
        data: own.map((point) => [point.x, point.y]),
        showSymbol: false,
        color: CLASS_COLORS[abcClass],
        areaStyle: { opacity: 0.12 },
        markLine:
          index === 0
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: '#64748b' },
                label: { formatter: '{c}%', position: 'insideEndTop' },
                data: lines.map((line) => ({ yAxis: line })),
              }
            : undefined,
      };
    }),
  };
}
