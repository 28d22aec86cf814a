import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

/** Sets the XSRF-TOKEN cookie. The token is bound to the signed-in user, so fetch it before each auth POST. */
export const getAntiforgery = (): Promise<void> => unwrap(api.GET('/api/v1/auth/antiforgery'));
