import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AnalysisSettingsView } from '../types';

export const getAnalysisSettings = (signal?: AbortSignal): Promise<AnalysisSettingsView> =>
  unwrap(api.GET('/api/v1/settings/analysis', { signal }));

/** The settings with the model they produced: saving and refitting answer with a new one. */
export const analysisSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['settings', 'analysis'],
    queryFn: ({ signal }) => getAnalysisSettings(signal),
  });

export const useAnalysisSettings = () => useQuery(analysisSettingsQueryOptions());
