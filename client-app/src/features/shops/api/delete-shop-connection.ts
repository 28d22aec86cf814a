import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { shopConnectionsQueryOptions } from './get-shop-connections';

export const deleteShopConnection = (id: string): Promise<void> =>
  unwrap(api.DELETE('/api/v1/shops/connections/{id}', { params: { path: { id } } }));

export function useDeleteShopConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(deleteShopConnection),
    onSettled: () => queryClient.invalidateQueries({ queryKey: shopConnectionsQueryOptions().queryKey }),
  });
}
