import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { MAIL_LIMIT, useMail } from '../api/get-mail';
import { MailTable } from './mail-table';
import { SEARCH_DEBOUNCE_MS, SearchPage } from './search-page';

export function MailOutboxPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const mail = useMail(useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS));
  return (
    <SearchPage
      title={t('mail.title')}
      intro={t('mail.intro', { limit: MAIL_LIMIT })}
      searchLabel={t('mail.searchLabel')}
      searchPlaceholder={t('mail.searchPlaceholder')}
      searchTestId="mail-search"
      search={search}
      onSearchChange={setSearch}
      results={mail}
    >
      {(mails) => <MailTable mails={mails} />}
    </SearchPage>
  );
}
