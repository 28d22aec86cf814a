import { useMutation } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ResetPasswordRequest } from '../types';

export const resetPassword = (body: ResetPasswordRequest): Promise<void> =>
  unwrap(api.POST('/api/v1/auth/reset-password', { body }));

export const useResetPassword = () => useMutation({ mutationFn: withAntiforgery(resetPassword) });
