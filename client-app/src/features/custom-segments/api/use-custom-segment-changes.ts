import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createLiveConnection } from '@/lib/live/connection';
import { customSegmentsQueryOptions } from './get-custom-segments';

/** Joins and leaves can come by the thousand when a rule's moment passes: the counts are read again at most this often. */
export const REFRESH_AFTER_MS = 1_000;

/** Keeps the member counts current: each customSegmentChanged pushed live reads the list again, soon. */
export function useCustomSegmentChanges() {
  const queryClient = useQueryClient();

  useEffect(() => {
    const connection = createLiveConnection();
    let refresh: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    connection.on('customSegmentChanged', () => {
      refresh ??= setTimeout(() => {
        refresh = undefined;
        void queryClient.invalidateQueries({ queryKey: customSegmentsQueryOptions().queryKey });
      }, REFRESH_AFTER_MS);
    });
    // A tick later, so StrictMode's development-only unmount doesn't abort a half-open connection.
    const start = setTimeout(() => {
      if (!disposed) connection.start().catch(() => undefined);
    }, 0);
    return () => {
      disposed = true;
      clearTimeout(start);
      clearTimeout(refresh);
      void connection.stop();
    };
  }, [queryClient]);
}
