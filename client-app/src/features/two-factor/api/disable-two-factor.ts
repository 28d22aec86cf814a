import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { TwoFactorCodeRequest } from '../types';
import { twoFactorStatusQueryOptions } from './get-two-factor-status';

export const disableTwoFactor = (body: TwoFactorCodeRequest): Promise<void> =>
  unwrap(api.POST('/api/v1/auth/two-factor/disable', { body }));

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(disableTwoFactor),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorStatusQueryOptions().queryKey }),
  });
}
