import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategorySales, type MonthRange } from '../api/get-category-sales';
import { barChartOption } from '../charts/bar-chart';
import { categorySeries, regionsOf, type CategoryMetric, type RegionFilter } from '../category-series';
import { isoMonth } from '../dates';
import type { CategorySalesByRegion } from '../types';
import { AnalysisChart } from './analysis-chart';
import { AnalysisResult } from './analysis-result';
import { ChoiceField } from './choice-field';
import { RangeFields } from './range-fields';

const METRICS = ['revenue', 'orders', 'quantity'] as const satisfies readonly CategoryMetric[];
const ALL_REGIONS = 'all';
const UNREPORTED = 'unreported';
const regionChoice = (region: string | null) => (region === null ? UNREPORTED : `region:${region}`);

export function CategoriesSection() {
  const { t } = useTranslation();
  const [range, setRange] = useState<MonthRange>(() => ({ from: isoMonth(new Date(), 11), to: isoMonth(new Date()) }));
  const sales = useCategorySales(range);

  return (
    <>
      <div className="analysis-controls">
        <RangeFields
          type="month"
          range={range}
          labels={{ from: t('analyses.categories.from'), to: t('analyses.categories.to') }}
          onChange={(end, value) => value !== '' && setRange({ ...range, [end]: value })}
          testId="categories"
        />
      </div>
      <AnalysisResult query={sales} isEmpty={(data) => data.rows.length === 0}>
        {(data) => <CategoryBars sales={data} />}
      </AnalysisResult>
    </>
  );
}

function CategoryBars({ sales }: { sales: CategorySalesByRegion }) {
  const { t } = useTranslation();
  const [region, setRegion] = useState(ALL_REGIONS);
  const [metric, setMetric] = useState<CategoryMetric>('revenue');
  const regions = useMemo(() => regionsOf(sales), [sales]);
  const option = useMemo(() => {
    const filter: RegionFilter =
      region === ALL_REGIONS
        ? { kind: 'all' }
        : { kind: 'region', region: regions.find((candidate) => regionChoice(candidate) === region) ?? null };
    const { months, series } = categorySeries(sales, filter, metric);
    return barChartOption({ categories: months, series, stacked: true });
  }, [sales, regions, region, metric]);

  return (
    <>
      <div className="analysis-controls">
        <ChoiceField
          label={t('analyses.categories.region')}
          value={region}
          choices={[
            { value: ALL_REGIONS, label: t('analyses.categories.allRegions') },
            ...regions.map((candidate) => ({ value: regionChoice(candidate), label: candidate ?? t('analyses.notReported') })),
          ]}
          onChange={setRegion}
          data-testid="categories-region"
        />
        <ChoiceField
          label={t('analyses.categories.metric')}
          value={metric}
          choices={METRICS.map((value) => ({ value, label: t(`analyses.categories.metrics.${value}`) }))}
          onChange={setMetric}
          data-testid="categories-metric"
        />
      </div>
      <AnalysisChart option={option} className="analysis-chart-tall" aria-label={t('analyses.categories.chartLabel')} data-testid="category-bars" />
    </>
  );
}
