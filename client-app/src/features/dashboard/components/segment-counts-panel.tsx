import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';
import { useSegmentCounts } from '../api/get-segment-counts';
import { toSegmentRows } from '../segments';
import { SegmentChart } from './segment-chart';
import { SegmentCountList } from './segment-count-list';

export function SegmentCountsPanel() {
  const { t } = useTranslation();
  const titleId = useId();
  const counts = useSegmentCounts();
  const rows = useMemo(() => (counts.data ? toSegmentRows(counts.data.counts) : undefined), [counts.data]);

  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('dashboard.countsTitle')}</h2>
        {rows && (
          <span className="muted">
            {t('dashboard.total', { count: rows.reduce((sum, row) => sum + row.customers, 0) })}
          </span>
        )}
      </header>
      {rows ? (
        <>
          <SegmentChart rows={rows} />
          <SegmentCountList rows={rows} />
        </>
      ) : counts.isError ? (
        <LoadError onRetry={() => void counts.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
