import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AnalysisSettingsView } from '../types';

/** What a customer's portrait needs from the tenant's analysis settings. */
export interface SegmentingSettings {
  /** The tenant's own names for the RFM segments. */
  segmentNames: Record<string, string>;
  /** The churn risk at which a valuable customer raises an alert. */
  riskLine: number | undefined;
}

const toSegmentingSettings = ({ settings }: AnalysisSettingsView): SegmentingSettings => ({
  segmentNames: settings.rfm?.names ?? {},
  riskLine: settings.churnRiskThreshold === undefined ? undefined : Number(settings.churnRiskThreshold),
});

export const getAnalysisSettings = (signal?: AbortSignal): Promise<AnalysisSettingsView> =>
  unwrap(api.GET('/api/v1/settings/analysis', { signal }));

// The settings page caches the same answer under this key.
export const analysisSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['settings', 'analysis'],
    queryFn: ({ signal }) => getAnalysisSettings(signal),
    select: toSegmentingSettings,
  });

export const useSegmentingSettings = () => useQuery(analysisSettingsQueryOptions());
