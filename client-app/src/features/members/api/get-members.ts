import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { MemberList } from '../types';

export const getMembers = (signal?: AbortSignal): Promise<MemberList> => unwrap(api.GET('/api/v1/members', { signal }));

/** The members and the open invitations: what every members action invalidates. */
export const membersQueryOptions = () =>
  queryOptions({
    queryKey: ['members'],
    queryFn: ({ signal }) => getMembers(signal),
  });

export const useMembers = () => useQuery(membersQueryOptions());
