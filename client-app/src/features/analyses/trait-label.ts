import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const TRAITS = {
  region: 'analyses.traits.region',
  channel: 'analyses.traits.channel',
  gender: 'analyses.traits.gender',
  ageBand: 'analyses.traits.ageBand',
  preferredCategory: 'analyses.traits.preferredCategory',
  buyerType: 'analyses.traits.buyerType',
  promotionSensitivity: 'analyses.traits.promotionSensitivity',
  product: 'analyses.traits.product',
} as const;

const isKnownTrait = (trait: string): trait is keyof typeof TRAITS => trait in TRAITS;

/** Names of the customer traits the analyses compare; one this client does not know shows as sent. */
export function useTraitLabel(): (trait: string) => string {
  const { t } = useTranslation();
  return useCallback((trait: string) => (isKnownTrait(trait) ? t(TRAITS[trait]) : trait), [t]);
}
