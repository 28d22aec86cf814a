import { useMutation } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { EmailRequest } from '../types';

/** Always 202: whether the address has an account stays the mailbox's secret. */
export const forgotPassword = (body: EmailRequest): Promise<void> =>
  unwrap(api.POST('/api/v1/auth/forgot-password', { body }));

export const useForgotPassword = () => useMutation({ mutationFn: withAntiforgery(forgotPassword) });
