import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { isRunning } from '../progress';
import type { ImportDetail } from '../types';

/** While an import runs, a slow poll backs up the live push (a missed message, a reconnect). */
const POLL_WHILE_RUNNING_MS = 5_000;

export const getImport = (id: string, signal?: AbortSignal): Promise<ImportDetail> =>
  unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id } }, signal }));

export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['imports', id],
    queryFn: ({ signal }) => getImport(id, signal),
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data.progress) ? POLL_WHILE_RUNNING_MS : false),
  });

export const useImport = (id: string | undefined) => useQuery({ ...importQueryOptions(id ?? ''), enabled: id !== undefined });
