import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useComplaints, type ComplaintsQuery } from '../api/get-complaints';
import { barChartOption } from '../charts/bar-chart';
import type { ComplaintReport } from '../types';
import { AnalysisChart } from './analysis-chart';
import { AnalysisResult } from './analysis-result';
import { ComplaintTable } from './complaint-table';
import { KeyFigures } from './key-figures';
import { RangeFields } from './range-fields';
import { useHours } from '../use-hours';

export function ComplaintsSection() {
  const { t } = useTranslation();
  const [range, setRange] = useState<ComplaintsQuery>({});
  const complaints = useComplaints(range);

  return (
    <>
      <div className="analysis-controls">
        <RangeFields
          type="date"
          range={range}
          labels={{ from: t('analyses.complaints.from'), to: t('analyses.complaints.to') }}
          // An empty date leaves that end of the period open.
          onChange={(end, value) => setRange({ ...range, [end]: value === '' ? undefined : value })}
          testId="complaints"
        />
      </div>
      <AnalysisResult query={complaints} isEmpty={(data) => Number(data.total.complaints) === 0}>
        {(data) => <ComplaintsReport report={data} />}
      </AnalysisResult>
    </>
  );
}

function ComplaintsReport({ report }: { report: ComplaintReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = useHours();
  const option = useMemo(
    () =>
      barChartOption({
        categories: report.monthly.map((month) => month.value ?? ''),
        series: [
          { name: t('analyses.complaints.complaints'), values: report.monthly.map((month) => Number(month.complaints)) },
          { name: t('analyses.complaints.open'), values: report.monthly.map((month) => Number(month.open)) },
        ],
      }),
    [report, t],
  );
  return (
    <>
      <KeyFigures
        figures={[
          { label: t('analyses.complaints.complaints'), value: format.number(report.total.complaints), testId: 'complaints-total' },
          { label: t('analyses.complaints.open'), value: format.number(report.total.open) },
          { label: t('analyses.complaints.averageResolution'), value: hours(report.total.averageResolutionHours) },
          { label: t('analyses.complaints.medianResolution'), value: hours(report.total.medianResolutionHours) },
        ]}
      />
      <h3 className="analysis-subtitle">{t('analyses.complaints.monthly')}</h3>
      <AnalysisChart option={option} className="analysis-chart" aria-label={t('analyses.complaints.chartLabel')} data-testid="complaints-monthly" />
      <ComplaintTable report={report} />
    </>
  );
}
