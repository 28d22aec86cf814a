import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { AUDIT_LIMIT, useAuditLog } from '../api/get-audit-log';
import { AuditLogTable } from './audit-log-table';

const SEARCH_DEBOUNCE_MS = 300;

export function AuditLogPage() {
  const { t } = useTranslation();
  const titleId = useId();
  const [search, setSearch] = useState('');
  const audit = useAuditLog(useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS));

  return (
    <div className="page">
      <div className="page-heading">
        <h1 id={titleId}>{t('audit.title')}</h1>
        <p className="muted">{t('audit.intro', { limit: AUDIT_LIMIT })}</p>
      </div>
      <section className="card" aria-labelledby={titleId}>
        <div className="toolbar">
          <input
            type="search"
            className="search-input"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder={t('audit.searchPlaceholder')}
            aria-label={t('audit.searchLabel')}
            data-testid="audit-search"
          />
          {audit.isFetching && audit.data && <span className="muted" role="status">{t('common.loading')}</span>}
        </div>
        {audit.data ? (
          <AuditLogTable entries={audit.data} />
        ) : audit.isError ? (
          <LoadError onRetry={() => void audit.refetch()} />
        ) : (
          <Loading />
        )}
      </section>
    </div>
  );
}
