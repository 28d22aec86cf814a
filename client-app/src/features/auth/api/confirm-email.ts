import { useMutation } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ConfirmEmailRequest } from '../types';

export const confirmEmail = (body: ConfirmEmailRequest): Promise<void> =>
  unwrap(api.POST('/api/v1/auth/confirm-email', { body }));

export const useConfirmEmail = () => useMutation({ mutationFn: withAntiforgery(confirmEmail) });
