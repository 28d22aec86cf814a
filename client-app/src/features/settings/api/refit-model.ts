import { useMutation } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AnalysisSettingsView } from '../types';
import { useStoreModel } from './store-model';

/** Fits BG/NBD and Gamma-Gamma again now, rather than on the tenant's schedule. */
export const refitModel = (): Promise<AnalysisSettingsView> => unwrap(api.POST('/api/v1/settings/analysis/refit'));

export function useRefitModel() {
  return useMutation({ mutationFn: withAntiforgery(refitModel), onSuccess: useStoreModel() });
}
