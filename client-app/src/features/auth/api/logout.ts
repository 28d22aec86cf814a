import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { rememberSignedOut } from './get-me';

export const logout = (): Promise<void> => unwrap(api.POST('/api/v1/auth/logout'));

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(logout),
    onSuccess: () => rememberSignedOut(queryClient),
  });
}
