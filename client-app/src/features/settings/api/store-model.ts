import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AnalysisSettingsView } from '../types';
import { analysisSettingsQueryOptions } from './get-analysis-settings';
import { modelFitsQueryOptions } from './get-model-fits';

/** Keeps the model a save or refit answered with, and fetches the fit history it may have added to. */
export function useStoreModel() {
  const queryClient = useQueryClient();
  return useCallback(
    (view: AnalysisSettingsView) => {
      queryClient.setQueryData(analysisSettingsQueryOptions().queryKey, view);
      return queryClient.invalidateQueries({ queryKey: modelFitsQueryOptions().queryKey });
    },
    [queryClient],
  );
}
