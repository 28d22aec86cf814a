import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ImportDetail, StartImportRequest } from '../types';
import { importQueryOptions } from './get-import';
import { importsQueryOptions } from './get-imports';

export interface StartImportVariables {
  id: string;
  body: StartImportRequest;
}

export const startImport = ({ id, body }: StartImportVariables): Promise<ImportDetail> =>
  unwrap(api.POST('/api/v1/imports/{id}/start', { params: { path: { id } }, body }));

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(startImport),
    onSuccess: (detail: ImportDetail) => {
      queryClient.setQueryData(importQueryOptions(detail.id).queryKey, detail);
      return queryClient.invalidateQueries({ queryKey: importsQueryOptions().queryKey, exact: true });
    },
  });
}
