import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CreateApiKeyRequest, CreatedApiKey } from '../types';
import { apiKeysQueryOptions } from './get-api-keys';

export const createApiKey = (body: CreateApiKeyRequest): Promise<CreatedApiKey> =>
  unwrap(api.POST('/api/v1/connectors/keys', { body }));

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(createApiKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryOptions().queryKey }),
  });
}
