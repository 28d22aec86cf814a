import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';

/** Hours to resolve, or a dash where nothing was resolved. */
export function useHours(): (hours: number | string | null) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback((hours) => (hours === null ? '—' : t('analyses.complaints.hours', { hours: format.decimal(hours) })), [t, format]);
}
