import { useMutation } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AuthenticatorSetup } from '../types';

/** A new authenticator key; two-factor sign-in stays off until a code from it turns it on. */
export const setUpAuthenticator = (): Promise<AuthenticatorSetup> => unwrap(api.POST('/api/v1/auth/two-factor/setup'));

export const useSetUpAuthenticator = () => useMutation({ mutationFn: withAntiforgery(setUpAuthenticator) });
