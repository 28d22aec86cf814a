import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentCounts } from './types';

/** Display order: the customer lifecycle, from first contact to lost. */
export const SEGMENTS = [
  'Prospect',
  'New',
  'Promising',
  'PotentialLoyalist',
  'Champions',
  'Loyal',
  'NeedAttention',
  'AboutToSleep',
  'AtRisk',
  'CannotLoseThem',
  'Hibernating',
  'Lost',
] as const;

export type Segment = (typeof SEGMENTS)[number];

export interface SegmentRow {
  segment: Segment;
  customers: number;
}

const isSegment = (value: string): value is Segment => (SEGMENTS as readonly string[]).includes(value);

/** Every segment in display order, zero where the server sent no row. */
export function toSegmentRows(counts: SegmentCounts['counts']): SegmentRow[] {
  const customers = new Map(counts.map((row) => [row.segment, Number(row.customers)]));
  return SEGMENTS.map((segment) => ({ segment, customers: customers.get(segment) ?? 0 }));
}

/** Localized segment names; a segment this client does not know yet shows as the server sent it. */
export function useSegmentLabel(): (segment: string) => string {
  const { t } = useTranslation();
  return useCallback((segment: string) => (isSegment(segment) ? t(`segments.${segment}`) : segment), [t]);
}
