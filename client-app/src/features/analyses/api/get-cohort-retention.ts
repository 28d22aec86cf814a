import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CohortRetention } from '../types';

/** The server takes 1 to 36 months. */
export const getCohortRetention = (months: number, signal?: AbortSignal): Promise<CohortRetention> =>
  unwrap(api.GET('/api/v1/analyses/cohorts', { params: { query: { months: String(months) } }, signal }));

export const cohortRetentionQueryOptions = (months: number) =>
  queryOptions({
    queryKey: ['analyses', 'cohortRetention', months],
    queryFn: ({ signal }) => getCohortRetention(months, signal),
    placeholderData: keepPreviousData,
  });

export const useCohortRetention = (months: number) => useQuery(cohortRetentionQueryOptions(months));
