import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '@/components/pager';
import { TextField } from '@/components/text-field';
import { useFormat } from '@/hooks/use-format';
import { useOverContacted } from '../api/get-over-contacted';
import { barChartOption } from '../charts/bar-chart';
import type { OverContactedReport } from '../types';
import { AnalysisChart } from './analysis-chart';
import { AnalysisResult } from './analysis-result';
import { ChoiceField } from './choice-field';
import { ContactedTable } from './contacted-table';

const DAY_CHOICES = [7, 30, 90, 180, 365] as const;
const PAGE_SIZE = 50;

export function OverContactedSection() {
  const { t } = useTranslation();
  const [days, setDays] = useState<number>(30);
  const [threshold, setThreshold] = useState(4);
  const [page, setPage] = useState(1);
  const report = useOverContacted({ days, threshold, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  return (
    <>
      <div className="analysis-controls">
        <ChoiceField
          label={t('analyses.contacts.window')}
          value={days}
          choices={DAY_CHOICES.map((value) => ({ value, label: t('analyses.contacts.lastDays', { count: value }) }))}
          onChange={(value) => {
            setDays(value);
            setPage(1);
          }}
          data-testid="contacts-days"
        />
        <TextField
          label={t('analyses.contacts.threshold')}
          type="number"
          min={1}
          value={threshold}
          onChange={(event) => {
            // A cleared or zero field keeps the last usable threshold.
            if (Number(event.target.value) >= 1) {
              setThreshold(Math.floor(Number(event.target.value)));
              setPage(1);
            }
          }}
          data-testid="contacts-threshold"
        />
      </div>
      <AnalysisResult query={report} isEmpty={(data) => data.distribution.length === 0}>
        {(data) => (
          <>
            <ContactReport report={data} />
            {Number(data.total) > PAGE_SIZE && (
              <Pager page={page} pageCount={Math.ceil(Number(data.total) / PAGE_SIZE)} onPageChange={setPage} />
            )}
          </>
        )}
      </AnalysisResult>
    </>
  );
}

function ContactReport({ report }: { report: OverContactedReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () =>
      barChartOption({
        categories: report.distribution.map((frequency) => String(frequency.contacts)),
        series: [{ name: t('analyses.customers'), values: report.distribution.map((frequency) => Number(frequency.customers)) }],
        markCategory: String(report.threshold),
      }),
    [report, t],
  );
  return (
    <>
      <p data-testid="over-contacted-total">
        {t('analyses.contacts.total', { count: Number(report.total), threshold: report.threshold, days: report.days, customers: format.number(report.total) })}
      </p>
      <h3 className="analysis-subtitle">{t('analyses.contacts.distribution')}</h3>
      <AnalysisChart option={option} className="analysis-chart" aria-label={t('analyses.contacts.chartLabel')} data-testid="contact-distribution" />
      <h3 className="analysis-subtitle">{t('analyses.contacts.customersTitle')}</h3>
      <ContactedTable customers={report.customers} />
    </>
  );
}
