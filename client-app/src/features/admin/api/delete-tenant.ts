import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { DeleteTenantRequest } from '../types';
import { tenantsQueryKey } from './get-tenants';

export const deleteTenant = (id: string, body: DeleteTenantRequest): Promise<void> =>
  unwrap(api.DELETE('/api/v1/admin/tenants/{id}', { params: { path: { id } }, body }));

export function useDeleteTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(({ id, confirmName }: { id: string } & DeleteTenantRequest) =>
      deleteTenant(id, { confirmName }),
    ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tenantsQueryKey }),
  });
}
