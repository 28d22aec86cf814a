import { useMutation } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AnalysisSettings, AnalysisSettingsView } from '../types';
import { useStoreModel } from './store-model';

/** Saves the settings; the server recomputes the model and re-scores every customer before it answers. */
export const saveAnalysisSettings = (body: AnalysisSettings): Promise<AnalysisSettingsView> =>
  unwrap(api.PUT('/api/v1/settings/analysis', { body }));

export function useSaveAnalysisSettings() {
  return useMutation({ mutationFn: withAntiforgery(saveAnalysisSettings), onSuccess: useStoreModel() });
}
