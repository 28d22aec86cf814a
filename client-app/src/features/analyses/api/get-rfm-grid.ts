import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { RfmGrid } from '../types';

/** Customers per recency and frequency score, with their average revenue and segment. */
export const getRfmGrid = (signal?: AbortSignal): Promise<RfmGrid> => unwrap(api.GET('/api/v1/analyses/rfm/grid', { signal }));

export const rfmGridQueryOptions = () =>
  queryOptions({
    queryKey: ['analyses', 'rfmGrid'],
    queryFn: ({ signal }) => getRfmGrid(signal),
  });

export const useRfmGrid = () => useQuery(rfmGridQueryOptions());
