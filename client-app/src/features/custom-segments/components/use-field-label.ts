import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';

/** A field's name in the user's language; a field this app has no words for yet shows as the server names it. */
export function useFieldLabel(): (field: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (field) => {
      const key = `customSegments.fields.${field}`;
      return i18n.exists(key) ? t(key as ParseKeys) : field;
    },
    [t, i18n],
  );
}
