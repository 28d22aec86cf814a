import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { customersQueryKey } from './get-customers';

export interface ManagerAssignment {
  customerId: string;
  /** null leaves the customer without an account manager. */
  accountManagerId: string | null;
}

export const assignManager = ({ customerId, accountManagerId }: ManagerAssignment): Promise<void> =>
  unwrap(api.PUT('/api/v1/customers/{id}/manager', { params: { path: { id: customerId } }, body: { accountManagerId } }));

export function useAssignManager() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(assignManager),
    // The profile and the "my customers" lists both change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customersQueryKey }),
  });
}
