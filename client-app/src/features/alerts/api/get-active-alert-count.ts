import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { alertsQueryKey } from './get-alerts';

/** The badge counts up to this many; beyond it shows "99+". */
export const ACTIVE_COUNT_CAP = 99;

export interface ActiveAlertCount {
  count: number;
  /** More than the count: the badge shows it with a "+". */
  more: boolean;
}

/** The server pages alerts without counting them, so one page one longer than the cap tells whether it is passed. */
export const getActiveAlertCount = async (signal?: AbortSignal): Promise<ActiveAlertCount> => {
  const page = await unwrap(
    api.GET('/api/v1/alerts', { params: { query: { status: 'active', limit: ACTIVE_COUNT_CAP + 1 } }, signal }),
  );
  const more = page.hasMore || page.items.length > ACTIVE_COUNT_CAP;
  return { count: Math.min(page.items.length, ACTIVE_COUNT_CAP), more };
};

export const activeAlertCountQueryOptions = () =>
  queryOptions({
    queryKey: [...alertsQueryKey, 'active-count'],
    queryFn: ({ signal }) => getActiveAlertCount(signal),
  });

export const useActiveAlertCount = () => useQuery(activeAlertCountQueryOptions());
