import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { QueuedMail } from '../types';

export const MAIL_LIMIT = 100;

/** The mail outbox, newest first; the search matches recipient or subject. */
export const getMail = (search: string, signal?: AbortSignal): Promise<QueuedMail[]> =>
  unwrap(
    api.GET('/api/v1/admin/mail', {
      params: { query: { search: search === '' ? undefined : search, limit: MAIL_LIMIT } },
      signal,
    }),
  );

export const mailQueryOptions = (search: string) =>
  queryOptions({
    queryKey: ['admin', 'mail', { search, limit: MAIL_LIMIT }],
    queryFn: ({ signal }) => getMail(search, signal),
    // The last results stay on screen while a new search runs.
    placeholderData: keepPreviousData,
  });

export const useMail = (search: string) => useQuery(mailQueryOptions(search));
