import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AuditEntry } from '../types';

export const AUDIT_LIMIT = 100;

export const getAuditLog = (search: string, signal?: AbortSignal): Promise<AuditEntry[]> =>
  unwrap(
    api.GET('/api/v1/admin/audit', {
      params: { query: { search: search === '' ? undefined : search, limit: AUDIT_LIMIT } },
      signal,
    }),
  );

export const auditLogQueryOptions = (search: string) =>
  queryOptions({
    queryKey: ['admin', 'audit', { search, limit: AUDIT_LIMIT }],
    queryFn: ({ signal }) => getAuditLog(search, signal),
    // The last results stay on screen while a new search runs.
    placeholderData: keepPreviousData,
  });

export const useAuditLog = (search: string) => useQuery(auditLogQueryOptions(search));
