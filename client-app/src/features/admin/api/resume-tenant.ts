import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { tenantsQueryKey } from './get-tenants';

export const resumeTenant = (id: string): Promise<void> =>
  unwrap(api.POST('/api/v1/admin/tenants/{id}/resume', { params: { path: { id } } }));

export function useResumeTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(resumeTenant),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tenantsQueryKey }),
  });
}
