import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ImportSummary } from '../types';

export const getImports = (signal?: AbortSignal): Promise<ImportSummary[]> => unwrap(api.GET('/api/v1/imports', { signal }));

export const importsQueryOptions = () =>
  queryOptions({
    queryKey: ['imports'],
    queryFn: ({ signal }) => getImports(signal),
  });

export const useImports = () => useQuery(importsQueryOptions());
