import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { needsTwoFactor, type LoginOutcome, type LoginRequest } from '../types';
import { rememberSignedIn } from './get-me';

export const login = (body: LoginRequest): Promise<LoginOutcome> =>
  unwrap(api.POST('/api/v1/auth/login', { body }));

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(login),
    onSuccess: (outcome: LoginOutcome) => {
      if (!needsTwoFactor(outcome)) rememberSignedIn(queryClient, outcome);
    },
  });
}
