import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { apiKeysQueryOptions } from './get-api-keys';

export const revokeApiKey = (id: string): Promise<void> =>
  unwrap(api.DELETE('/api/v1/connectors/keys/{id}', { params: { path: { id } } }));

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(revokeApiKey),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryOptions().queryKey }),
  });
}
