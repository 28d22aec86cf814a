import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { customersQueryKey } from './get-customers';

export interface Erasure {
  customerId: string;
  reason: string;
}

export const eraseCustomer = ({ customerId, reason }: Erasure): Promise<void> =>
  unwrap(api.DELETE('/api/v1/customers/{id}', { params: { path: { id: customerId } }, body: { reason } }));

export function useEraseCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery<Erasure>(eraseCustomer),
    // The erased customer must not linger in any list or cached portrait.
    onSuccess: (_, { customerId }) => {
      queryClient.removeQueries({ queryKey: [...customersQueryKey, 'profile', customerId] });
      return queryClient.invalidateQueries({ queryKey: customersQueryKey });
    },
  });
}
