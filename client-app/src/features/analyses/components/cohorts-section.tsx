import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useCohortRetention } from '../api/get-cohort-retention';
import { cohortHeatmapOption } from '../charts/cohort-heatmap';
import { tooltipLines } from '../charts/tooltip';
import type { CohortRetention } from '../types';
import { AnalysisChart } from './analysis-chart';
import { AnalysisResult } from './analysis-result';
import { ChoiceField } from './choice-field';
import { KeyFigures } from './key-figures';

const MONTH_CHOICES = [6, 12, 24, 36] as const;

export function CohortsSection() {
  const { t } = useTranslation();
  const [months, setMonths] = useState<number>(12);
  const retention = useCohortRetention(months);
  return (
    <>
      <div className="analysis-controls">
        <ChoiceField
          label={t('analyses.cohorts.months')}
          value={months}
          choices={MONTH_CHOICES.map((value) => ({ value, label: t('analyses.cohorts.lastMonths', { count: value }) }))}
          onChange={setMonths}
          data-testid="cohort-months"
        />
      </div>
      <AnalysisResult query={retention} isEmpty={(data) => data.cohorts.every((cohort) => Number(cohort.customers) === 0)}>
        {(data) => <CohortHeatmap retention={data} />}
      </AnalysisResult>
    </>
  );
}

function CohortHeatmap({ retention }: { retention: CohortRetention }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () =>
      cohortHeatmapOption(retention, {
        month: (isoDate) => isoDate.slice(0, 7),
        offset: (months) => t('analyses.cohorts.offset', { months }),
        describe: (cohortIndex, offset) => {
          const cohort = retention.cohorts[cohortIndex]!;
          return tooltipLines(t('analyses.cohorts.cell', { month: cohort.month.slice(0, 7), months: offset }), [
            [t('analyses.cohorts.active'), `${format.number(cohort.active[offset] ?? 0)} / ${format.number(cohort.customers)}`],
            [t('analyses.cohorts.retention'), format.percent(cohort.retention[offset] ?? 0)],
          ]);
        },
      }),
    [retention, t, format],
  );
  const newCustomers = retention.cohorts.reduce((sum, cohort) => sum + Number(cohort.customers), 0);
  return (
    <>
      <KeyFigures figures={[{ label: t('analyses.cohorts.newCustomers'), value: format.number(newCustomers), testId: 'cohort-customers' }]} />
      <AnalysisChart option={option} className="analysis-chart-tall" aria-label={t('analyses.cohorts.chartLabel')} data-testid="cohort-heatmap" />
    </>
  );
}
