import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CreateApiKeyRequest, CreatedApiKey } from '../types';
import { apiKeysQueryOptions } from './get-api-keys';

export const createApiKey = (body: CreateApiKeyRequest): Promise<CreatedApiKey> =>
  unwrap(api.POST('/api/v1/connectors/keys', { body }));

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateApiKeyRequest) => {
      await getAntiforgery();
      return createApiKey(body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryOptions().queryKey }),
  });
}
