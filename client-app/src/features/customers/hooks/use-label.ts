import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';

/** The groups of names the server sends as codes: segments, stages, buyer types, … */
export type LabelGroup =
  | 'segments'
  | 'customers.stages'
  | 'customers.buyerTypes'
  | 'customers.promotion'
  | 'customers.purchasingPower'
  | 'customers.causes'
  | 'customers.loyaltyParts'
  | 'customers.identities.kinds'
  | 'alerts.status';

/** A code's name in the user's language; a code this app does not know yet shows as the server sent it. */
export function useLabel(): (group: LabelGroup, code: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (group, code) => {
      const key = `${group}.${code}`;
      return i18n.exists(key) ? t(key as ParseKeys) : code;
    },
    [t, i18n],
  );
}
