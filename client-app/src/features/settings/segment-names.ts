import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from './types';

/** Segment colours for the grid: greens for the best, ambers for slipping, greys for gone. */
export const SEGMENT_COLORS: Record<Segment, string> = {
  Prospect: '#f1f5f9',
  New: '#e0f2fe',
  Promising: '#cffafe',
  PotentialLoyalist: '#d1fae5',
  Champions: '#86efac',
  Loyal: '#bbf7d0',
  NeedAttention: '#fef9c3',
  AboutToSleep: '#fde68a',
  AtRisk: '#fed7aa',
  CannotLoseThem: '#fecaca',
  Hibernating: '#e2e8f0',
  Lost: '#cbd5e1',
};

/**
 * The tenant's name for a segment. The server's defaults are the English names, so a name left at its default
 * shows in the user's language instead.
 */
export function useSegmentName(names: Record<string, string>): (segment: Segment) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (segment: Segment) => {
      const name = names[segment]?.trim();
      const isDefault = !name || name === i18n.getFixedT('en')(`segments.${segment}`);
      return isDefault ? t(`segments.${segment}`) : name;
    },
    [names, t, i18n],
  );
}
