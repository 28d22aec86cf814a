import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { RecoveryCodes, TwoFactorCodeRequest } from '../types';
import { twoFactorStatusQueryOptions } from './get-two-factor-status';

/** Answers the recovery codes, the only time they are ever shown. */
export const enableTwoFactor = (body: TwoFactorCodeRequest): Promise<RecoveryCodes> =>
  unwrap(api.POST('/api/v1/auth/two-factor/enable', { body }));

export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(enableTwoFactor),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorStatusQueryOptions().queryKey }),
  });
}
