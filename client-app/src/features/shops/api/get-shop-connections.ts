import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ShopConnectionSummary } from '../types';

export const getShopConnections = (signal?: AbortSignal): Promise<ShopConnectionSummary[]> =>
  unwrap(api.GET('/api/v1/shops/connections', { signal }));

export const shopConnectionsQueryOptions = () =>
  queryOptions({
    queryKey: ['shop-connections'],
    queryFn: ({ signal }) => getShopConnections(signal),
  });

export const useShopConnections = () => useQuery(shopConnectionsQueryOptions());
