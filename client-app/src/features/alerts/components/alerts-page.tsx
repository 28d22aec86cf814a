import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';
import { useAlerts } from '../api/get-alerts';
import { useAlertFilter } from '../hooks/use-alert-filter';
import { AlertFilters } from './alert-filters';
import { AlertItem } from './alert-item';
import '../alerts.css';

/** "/alerts": churn alerts, newest first, to acknowledge, snooze or resolve. New ones arrive live. */
export function AlertsPage() {
  const { t } = useTranslation();
  const titleId = useId();
  const { filter, setFilter } = useAlertFilter();
  const alerts = useAlerts(filter);
  const items = alerts.data?.pages.flatMap((page) => page.items);

  return (
    <div className="page">
      <div className="page-heading">
        <h1 id={titleId}>{t('alerts.title')}</h1>
        <p className="muted">{t('alerts.intro')}</p>
      </div>
      <section className="card" aria-labelledby={titleId}>
        <AlertFilters filter={filter} onChange={setFilter} />
        {items ? (
          <>
            {items.length === 0 && <p className="muted table-empty">{t('alerts.empty')}</p>}
            <ol className="alert-list" data-testid="alert-list">
              {items.map((alert) => (
                <AlertItem key={alert.id} alert={alert} />
              ))}
            </ol>
            {alerts.hasNextPage && (
              <button
                type="button"
                className="button button-secondary"
                disabled={alerts.isFetchingNextPage}
                onClick={() => void alerts.fetchNextPage()}
                data-testid="more-alerts-button"
              >
                {t('alerts.more')}
              </button>
            )}
          </>
        ) : alerts.isError ? (
          <LoadError onRetry={() => void alerts.refetch()} />
        ) : (
          <Loading />
        )}
      </section>
    </div>
  );
}
