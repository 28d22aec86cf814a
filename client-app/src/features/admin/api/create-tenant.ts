import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CreatedTenant, CreateTenantRequest } from '../types';
import { tenantsQueryKey } from './get-tenants';

/** Creates the tenant; its owner gets an invitation mail to choose a password. */
export const createTenant = (body: CreateTenantRequest): Promise<CreatedTenant> =>
  unwrap(api.POST('/api/v1/admin/tenants', { body }));

export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(createTenant),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantsQueryKey }),
  });
}
