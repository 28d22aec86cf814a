import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { rememberSignedOut } from './get-me';

/** Ends every session of the user, this one included. */
export const logoutEverywhere = (): Promise<void> => unwrap(api.POST('/api/v1/auth/logout-everywhere'));

export function useLogoutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(logoutEverywhere),
    onSuccess: () => rememberSignedOut(queryClient),
  });
}
