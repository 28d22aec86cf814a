import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { LoadError, Loading } from '@/components/load-state';
import { ApiError } from '@/lib/api/errors';

interface AnalysisResultProps<T> {
  query: UseQueryResult<T>;
  /** True when the tenant has nothing to analyse yet. */
  isEmpty: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/** An analysis once it has loaded; until then its progress, a clear "no data yet", or what went wrong. */
export function AnalysisResult<T>({ query, isEmpty, children }: AnalysisResultProps<T>) {
  const { t } = useTranslation();
  if (query.data !== undefined) {
    return isEmpty(query.data) ? (
      <p className="muted analysis-empty" data-testid="analysis-empty">
        {t('analyses.noData')}
      </p>
    ) : (
      children(query.data)
    );
  }
  // A 400 names the parameter that is wrong (a date range, a limit): trying again would not help.
  if (query.error instanceof ApiError && query.error.status === 400) return <ErrorAlert error={query.error} />;
  if (query.isError) return <LoadError onRetry={() => void query.refetch()} />;
  return <Loading />;
}
