import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CreatedShopConnection, CreateShopConnectionRequest } from '../types';
import { shopConnectionsQueryOptions } from './get-shop-connections';

export const createShopConnection = (body: CreateShopConnectionRequest): Promise<CreatedShopConnection> =>
  unwrap(api.POST('/api/v1/shops/connections', { body }));

export function useCreateShopConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(createShopConnection),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shopConnectionsQueryOptions().queryKey }),
  });
}
