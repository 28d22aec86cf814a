import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';

/** How long typing pauses before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

interface SearchPageProps<Results> {
  title: string;
  intro: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchTestId: string;
  search: string;
  onSearchChange: (search: string) => void;
  /** The results for the debounced search; the last ones stay on screen while the next load. */
  results: UseQueryResult<Results>;
  children: (results: Results) => ReactNode;
}

/** An admin list with a search box: the audit log, the mail outbox. */
export function SearchPage<Results>({
  title,
  intro,
  searchLabel,
  searchPlaceholder,
  searchTestId,
  search,
  onSearchChange,
  results,
  children,
}: SearchPageProps<Results>) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div className="page">
      <div className="page-heading">
        <h1 id={titleId}>{title}</h1>
        <p className="muted">{intro}</p>
      </div>
      <section className="card" aria-labelledby={titleId}>
        <div className="toolbar">
          <input
            type="search"
            className="search-input"
            value={search}
            onChange={(event) => onSearchChange(event.target.value)}
            placeholder={searchPlaceholder}
            aria-label={searchLabel}
            data-testid={searchTestId}
          />
          {results.isFetching && results.data && (
            <span className="muted" role="status">
              {t('common.loading')}
            </span>
          )}
        </div>
        {results.data ? (
          children(results.data)
        ) : results.isError ? (
          <LoadError onRetry={() => void results.refetch()} />
        ) : (
          <Loading />
        )}
      </section>
    </div>
  );
}
