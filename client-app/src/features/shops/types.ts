import type { components } from '@/lib/api/schema';

export type ShopConnectionSummary = components['schemas']['ShopConnectionSummary'];
export type CreateShopConnectionRequest = components['schemas']['CreateShopConnectionRequest'];
export type CreatedShopConnection = components['schemas']['CreatedShopConnection'];

export const PLATFORMS = ['shopify', 'woocommerce', 'custom', 'csv'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The platforms that push signed webhooks (the server makes them a URL and a secret). */
export const sendsWebhooks = (platform: string) => platform === 'shopify' || platform === 'woocommerce';

/** The server's limits. */
export const MAX_CONNECTION_NAME_LENGTH = 100;
export const MIN_SECRET_LENGTH = 16;
