import type { components } from '@/lib/api/schema';

export type CurrentUser = components['schemas']['CurrentUser'];
export type LoginRequest = components['schemas']['LoginRequest'];
export type TwoFactorChallenge = components['schemas']['TwoFactorChallenge'];
/** Signed in, or the password was right and a two-factor code is due. */
export type LoginOutcome = CurrentUser | TwoFactorChallenge;

export const needsTwoFactor = (outcome: LoginOutcome): outcome is TwoFactorChallenge => 'twoFactorRequired' in outcome;
