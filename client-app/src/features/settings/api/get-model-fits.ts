import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ModelFit } from '../types';

export const getModelFits = (signal?: AbortSignal): Promise<ModelFit[]> =>
  unwrap(api.GET('/api/v1/settings/analysis/fits', { signal }));

export const modelFitsQueryOptions = () =>
  queryOptions({
    queryKey: ['settings', 'analysis', 'fits'],
    queryFn: ({ signal }) => getModelFits(signal),
  });

export const useModelFits = () => useQuery(modelFitsQueryOptions());
