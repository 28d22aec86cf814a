import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { apiKeysQueryOptions } from './get-api-keys';

export const revokeApiKey = (id: string): Promise<void> =>
  unwrap(api.DELETE('/api/v1/connectors/keys/{id}', { params: { path: { id } } }));

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await getAntiforgery();
      await revokeApiKey(id);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryOptions().queryKey }),
  });
}
