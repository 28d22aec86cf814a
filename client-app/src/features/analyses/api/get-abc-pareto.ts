import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AbcPareto } from '../types';

/** The Pareto curve of revenue over customers and the size of each ABC class. */
export const getAbcPareto = (signal?: AbortSignal): Promise<AbcPareto> => unwrap(api.GET('/api/v1/analyses/abc/pareto', { signal }));

export const abcParetoQueryOptions = () =>
  queryOptions({
    queryKey: ['analyses', 'abcPareto'],
    queryFn: ({ signal }) => getAbcPareto(signal),
  });

export const useAbcPareto = () => useQuery(abcParetoQueryOptions());
