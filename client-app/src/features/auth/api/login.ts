import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { needsTwoFactor, type LoginOutcome, type LoginRequest } from '../types';
import { meQueryOptions } from './get-me';

export const login = (body: LoginRequest): Promise<LoginOutcome> =>
  unwrap(api.POST('/api/v1/auth/login', { body }));

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginRequest) => {
      await getAntiforgery();
      return login(body);
    },
    onSuccess: (outcome) => {
      if (needsTwoFactor(outcome)) return;
      // Nothing cached for a previous user or tenant may show to this one.
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions().queryKey, outcome);
    },
  });
}
