import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { customersQueryKey } from './get-customers';

export interface MergeToSplit {
  customerId: string;
  mergeId: number;
}

/** Gives the merged source customer its own record back; answers its id. */
export async function splitMerge({ customerId, mergeId }: MergeToSplit): Promise<string> {
  const path = { id: customerId, mergeId };
  return (await unwrap(api.POST('/api/v1/customers/{id}/merges/{mergeId}/split', { params: { path } }))).customerId;
}

export function useSplitMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(splitMerge),
    // Both customers' figures, the list and the merges change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customersQueryKey }),
  });
}
