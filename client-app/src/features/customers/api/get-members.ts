import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { Member } from '../types';

/** The people a customer can be assigned to: the tenant's members (only the owner may list them). */
export const getAssignableMembers = async (signal?: AbortSignal): Promise<Member[]> =>
  (await unwrap(api.GET('/api/v1/members', { signal }))).members;

export const assignableMembersQueryOptions = () =>
  queryOptions({
    queryKey: ['members', 'assignable'],
    queryFn: ({ signal }) => getAssignableMembers(signal),
  });

export const useAssignableMembers = () => useQuery(assignableMembersQueryOptions());
