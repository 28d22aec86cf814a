import { useMutation } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

export interface ReplaceWebhookSecret {
  id: string;
  secret: string;
}

export const replaceWebhookSecret = ({ id, secret }: ReplaceWebhookSecret): Promise<void> =>
  unwrap(api.PUT('/api/v1/shops/connections/{id}/secret', { params: { path: { id } }, body: { secret } }));

export const useReplaceWebhookSecret = () => useMutation({ mutationFn: withAntiforgery(replaceWebhookSecret) });
