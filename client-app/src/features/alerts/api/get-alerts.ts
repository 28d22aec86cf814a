import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AlertFilter, AlertPage } from '../types';

export const ALERTS_PAGE_SIZE = 25;

/** Every alert list and count: what a new or handled alert invalidates. */
export const alertsQueryKey = ['alerts'] as const;

export const getAlerts = (filter: AlertFilter, offset: number, signal?: AbortSignal): Promise<AlertPage> =>
  unwrap(
    api.GET('/api/v1/alerts', {
      params: { query: { status: filter.status, mine: filter.mine, limit: ALERTS_PAGE_SIZE, offset } },
      signal,
    }),
  );

/** Newest first; "show more" loads the next page. */
export const alertsQueryOptions = (filter: AlertFilter) =>
  infiniteQueryOptions({
    queryKey: [...alertsQueryKey, 'list', filter],
    queryFn: ({ pageParam, signal }) => getAlerts(filter, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.hasMore ? Number(last.offset) + last.items.length : undefined),
  });

export const useAlerts = (filter: AlertFilter) => useInfiniteQuery(alertsQueryOptions(filter));
