import type { BarSeries } from './charts/bar-chart';
import type { CategorySalesByRegion } from './types';

export type CategoryMetric = 'revenue' | 'orders' | 'quantity';

/** Every region, one region, or the sales whose region was not reported. */
export type RegionFilter = { kind: 'all' } | { kind: 'region'; region: string | null };

/** yyyy-MM months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const [year, month] = from.split('-').map(Number) as [number, number];
  for (let index = 0; ; index++) {
    const current = new Date(Date.UTC(year, month - 1 + index, 1)).toISOString().slice(0, 7);
    if (current > to) return months;
    months.push(current);
  }
}

/** The regions in the answer, reported ones by name and then the unreported (null) if any. */
export function regionsOf({ rows }: CategorySalesByRegion): (string | null)[] {
  const regions = new Set(rows.map((row) => row.region));
  const named = [...regions].filter((region): region is string => region !== null).sort();
  return regions.has(null) ? [...named, null] : named;
}

/** One stacked series per category: its metric per month, summed over the chosen regions. */
export function categorySeries(sales: CategorySalesByRegion, filter: RegionFilter, metric: CategoryMetric) {
  const months = monthsBetween(sales.from, sales.to);
  const byCategory = new Map<string, number[]>();
  for (const row of sales.rows) {
    if (filter.kind === 'region' && row.region !== filter.region) continue;
    const values = byCategory.get(row.category) ?? months.map(() => 0);
    const index = months.indexOf(row.month);
    if (index >= 0) values[index]! += Number(row[metric]);
    byCategory.set(row.category, values);
  }
  const series: BarSeries[] = [...byCategory.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([name, values]) => ({ name, values: values.map((value) => Math.round(value * 100) / 100) }));
  return { months, series };
}
