import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/errors';
import type { CurrentUser } from '../types';

/** The signed-in user, or null when not signed in. */
export async function getMe(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    return await unwrap(api.GET('/api/v1/auth/me', { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: ({ signal }) => getMe(signal),
  });

export const useMe = () => useQuery(meQueryOptions());

/** After a sign-in: nothing cached for a previous user or tenant may show to this one. */
export function rememberSignedIn(queryClient: QueryClient, user: CurrentUser) {
  queryClient.clear();
  queryClient.setQueryData(meQueryOptions().queryKey, user);
}

/** After a sign-out: RequireAuth sees no user and sends the browser to /login. */
export const rememberSignedOut = (queryClient: QueryClient) => queryClient.setQueryData(meQueryOptions().queryKey, null);

/** The signed-in user, for components under RequireAuth, which renders them only once it is known. */
export function useCurrentUser(): CurrentUser {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser is only for components under RequireAuth');
  return data;
}
