import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CurrentUser, TwoFactorLoginRequest } from '../types';
import { rememberSignedIn } from './get-me';

/** The second step, after the password, for accounts with two-factor sign-in. */
export const loginTwoFactor = (body: TwoFactorLoginRequest): Promise<CurrentUser> =>
  unwrap(api.POST('/api/v1/auth/login/two-factor', { body }));

export function useLoginTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(loginTwoFactor),
    onSuccess: (user: CurrentUser) => rememberSignedIn(queryClient, user),
  });
}
