import type { components } from '@/lib/api/schema';

export type TwoFactorStatus = components['schemas']['TwoFactorStatus'];
export type AuthenticatorSetup = components['schemas']['AuthenticatorSetup'];
export type RecoveryCodes = components['schemas']['RecoveryCodes'];
export type TwoFactorCodeRequest = components['schemas']['TwoFactorCodeRequest'];
