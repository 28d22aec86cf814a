import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meQueryOptions } from './get-me';

export const logout = (): Promise<void> => unwrap(api.POST('/api/v1/auth/logout'));

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await getAntiforgery();
      await logout();
    },
    // RequireAuth sees no user and sends the browser to /login.
    onSuccess: () => queryClient.setQueryData(meQueryOptions().queryKey, null),
  });
}
