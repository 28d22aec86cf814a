import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createLiveConnection } from '@/lib/live/connection';
import { isNewer } from '../progress';
import type { ImportProgress } from '../types';
import { importQueryOptions } from './get-import';
import { importsQueryOptions } from './get-imports';

/** Puts every pushed progress message into the import's cached detail and the history list. */
export function useImportProgress(): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    const connection = createLiveConnection();
    let disposed = false;
    connection.on('importProgress', (progress: ImportProgress) => {
      queryClient.setQueryData(importQueryOptions(progress.importId).queryKey, (detail) =>
        detail && isNewer(detail.progress, progress) ? { ...detail, state: progress.state, progress } : detail,
      );
      queryClient.setQueryData(importsQueryOptions().queryKey, (imports) =>
        imports?.map((item) =>
          item.id === progress.importId && isNewer(item.progress, progress) ? { ...item, state: progress.state, progress } : item,
        ),
      );
    });
    // Messages missed while connecting are caught up by the detail's poll.
    const timer = setTimeout(() => {
      if (!disposed) void connection.start().catch(() => undefined);
    }, 0);
    return () => {
      disposed = true;
      clearTimeout(timer);
      void connection.stop();
    };
  }, [queryClient]);
}
