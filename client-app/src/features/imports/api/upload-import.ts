import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ImportDetail, ImportKind } from '../types';
import { importsQueryOptions } from './get-imports';

export interface UploadImportVariables {
  kind: ImportKind;
  file: File;
}

/** The file itself is the body, so the browser streams it from disk whatever its size. */
export const uploadImport = ({ kind, file }: UploadImportVariables): Promise<ImportDetail> =>
  unwrap(
    api.POST('/api/v1/imports', {
      params: { query: { kind, fileName: file.name } },
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(uploadImport),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsQueryOptions().queryKey }),
  });
}
