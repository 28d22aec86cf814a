import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from '@/i18n/en.json';

const isKnownSegment = (segment: string): segment is keyof typeof en.segments => segment in en.segments;

/** Segment names in the user's language; one this client does not know shows as the server sent it. */
export function useSegmentLabel(): (segment: string) => string {
  const { t } = useTranslation();
  return useCallback((segment: string) => (isKnownSegment(segment) ? t(`segments.${segment}`) : segment), [t]);
}
