import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { tenantsQueryKey } from './get-tenants';

export const suspendTenant = (id: string): Promise<void> =>
  unwrap(api.POST('/api/v1/admin/tenants/{id}/suspend', { params: { path: { id } } }));

export function useSuspendTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(suspendTenant),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tenantsQueryKey }),
  });
}
