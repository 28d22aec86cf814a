import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/hooks/use-format';
import { progressView } from '../progress';
import type { ImportDetail } from '../types';

/** The live progress bar; at the end, the summary with the bad rows to download. */
export function ImportProgressPanel({ detail }: { detail: ImportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const view = progressView(detail.progress);
  const progress = detail.progress;
  return (
    <section className="card" aria-label={t('imports.progressTitle', { file: detail.fileName })} data-testid="import-progress" data-state={progress.state}>
      <header className="card-header">
        <h2>{t('imports.progressTitle', { file: detail.fileName })}</h2>
      </header>
      <progress max={100} value={view.percent} aria-label={t('imports.percent', { percent: view.percent })} />
      <p data-testid="import-counters">
        {t('imports.counters', {
          percent: view.percent,
          rows: format.number(view.rowsRead),
          pace: format.number(view.rowsPerSecond),
          bad: format.number(view.badRows),
        })}
        {view.secondsLeft !== undefined && ` ${t('imports.timeLeft', { seconds: view.secondsLeft })}`}
      </p>
      {view.finished && (
        <p className="form-notice" role="status" data-testid="import-summary">
          {detail.kind === 'orders'
            ? t('imports.summaryOrders', {
                orders: format.number(progress.orders),
                new: format.number(progress.newOrders),
                customers: format.number(progress.customers),
              })
            : t('imports.summaryCustomers', { customers: format.number(progress.customers) })}{' '}
          <Link to="/customers">{t('imports.seeCustomers')}</Link>
        </p>
      )}
      {view.stalled && (
        <p className="form-notice" role="alert" data-testid="import-stalled">
          {t('imports.stalled')}
        </p>
      )}
      {view.failed && (
        <p className="form-notice" role="alert">
          {progress.error ?? t('errors.generic')}
        </p>
      )}
      {view.badRows > 0 && !view.failed && (
        <a href={`/api/v1/imports/${detail.id}/bad-rows`} download data-testid="import-bad-rows">
          {t('imports.downloadBadRows', { count: view.badRows })}
        </a>
      )}
    </section>
  );
}
