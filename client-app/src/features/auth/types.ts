import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type CurrentUser = Schemas['CurrentUser'];
export type LoginRequest = Schemas['LoginRequest'];
export type TwoFactorChallenge = Schemas['TwoFactorChallenge'];
export type TwoFactorLoginRequest = Schemas['TwoFactorLoginRequest'];
export type SignUpRequest = Schemas['SignUpRequest'];
export type ConfirmEmailRequest = Schemas['ConfirmEmailRequest'];
export type ResetPasswordRequest = Schemas['ResetPasswordRequest'];
export type EmailRequest = Schemas['EmailRequest'];

/** Signed in, or the password was right and a two-factor code is due. */
export type LoginOutcome = CurrentUser | TwoFactorChallenge;

export const needsTwoFactor = (outcome: LoginOutcome): outcome is TwoFactorChallenge => 'twoFactorRequired' in outcome;

/** The problem types that tell the server's two 403 answers to a right password apart. */
export const SIGN_IN_REFUSALS = {
  emailNotConfirmed: 'urn:saas:problem:email-not-confirmed',
  suspended: 'urn:saas:problem:account-suspended',
} as const;
