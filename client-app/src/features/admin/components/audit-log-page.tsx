import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { AUDIT_LIMIT, useAuditLog } from '../api/get-audit-log';
import { AuditLogTable } from './audit-log-table';
import { SEARCH_DEBOUNCE_MS, SearchPage } from './search-page';

export function AuditLogPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const audit = useAuditLog(useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS));
  return (
    <SearchPage
      title={t('audit.title')}
      intro={t('audit.intro', { limit: AUDIT_LIMIT })}
      searchLabel={t('audit.searchLabel')}
      searchPlaceholder={t('audit.searchPlaceholder')}
      searchTestId="audit-search"
      search={search}
      onSearchChange={setSearch}
      results={audit}
    >
      {(entries) => <AuditLogTable entries={entries} />}
    </SearchPage>
  );
}
