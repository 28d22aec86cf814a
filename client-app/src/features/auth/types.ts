import type { components } from '@/lib/api/schema';

export type CurrentUser = components['schemas']['CurrentUser'];
export type LoginRequest = components['schemas']['LoginRequest'];
