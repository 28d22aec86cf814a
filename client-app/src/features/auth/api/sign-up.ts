import { useMutation } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { SignUpRequest } from '../types';

/** The same 202 whether or not the address is taken; the confirmation mail tells the rest. */
export const signUp = (body: SignUpRequest): Promise<void> => unwrap(api.POST('/api/v1/auth/signup', { body }));

export const useSignUp = () => useMutation({ mutationFn: withAntiforgery(signUp) });
