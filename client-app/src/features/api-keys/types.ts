import type { components } from '@/lib/api/schema';

export type ApiKeySummary = components['schemas']['ApiKeySummary'];
export type CreateApiKeyRequest = components['schemas']['CreateApiKeyRequest'];
export type CreatedApiKey = components['schemas']['CreatedApiKey'];

/** The server's limit on a key's name. */
export const MAX_KEY_NAME_LENGTH = 100;
