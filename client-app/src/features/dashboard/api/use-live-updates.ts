import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createLiveConnection, type LiveStatus } from '@/lib/live/connection';
import {
  initialSyncState,
  receive,
  refetchFailed,
  resync,
  snapshotLoaded,
  type SyncState,
  type SyncStep,
} from '@/lib/live/sequence';
import type { SegmentChange, SegmentCounts } from '../types';
import { segmentChangesQueryOptions } from './get-segment-changes';
import { segmentCountsQueryOptions } from './get-segment-counts';
import { withChange, withCounts } from './live-cache';

type LiveMessage =
  | { kind: 'counts'; sequence: number; counts: SegmentCounts }
  | { kind: 'change'; sequence: number; change: SegmentChange };

const RESTART_DELAY_MS = 5_000;

/** Keeps the segment queries current from the live hub; returns the connection status. */
export function useLiveUpdates(): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('offline');

  useEffect(() => {
    const countsKey = segmentCountsQueryOptions().queryKey;
    const changesKey = segmentChangesQueryOptions().queryKey;
    const connection = createLiveConnection();
    let sync: SyncState<LiveMessage> = initialSyncState;
    let generation = 0; // numbers refetches: one that a newer refetch overtook is dropped
    let disposed = false;
    let startTimer: ReturnType<typeof setTimeout> | undefined;

    const apply = (message: LiveMessage) => {
      if (message.kind === 'counts') {
        queryClient.setQueryData(countsKey, (current) => withCounts(current, message.counts));
      } else {
        queryClient.setQueryData(changesKey, (current) => withChange(current, message.change));
      }
    };

    const run = (step: SyncStep<LiveMessage>) => {
      sync = step.state;
      step.apply.forEach(apply);
      if (step.refetch) void refetch();
    };

    const refresh = async (queryKey: QueryKey) => {
      // A fetch already in flight may predate the subscription; only a new one is a safe snapshot.
      await queryClient.cancelQueries({ queryKey });
      await queryClient.invalidateQueries({ queryKey }, { throwOnError: true });
    };

    const snapshotSequence = async (): Promise<number | undefined> => {
      await Promise.all([refresh(countsKey), refresh(changesKey)]);
      const counts = queryClient.getQueryData(countsKey);
      const changes = queryClient.getQueryData(changesKey);
      return counts && changes ? Math.min(Number(counts.sequence), Number(changes.sequence)) : undefined;
    };

    const refetch = async () => {
      const current = ++generation;
      const sequence = await snapshotSequence().catch(() => undefined);
      if (current !== generation || disposed) return;
      run(sequence === undefined ? refetchFailed(sync) : snapshotLoaded(sync, sequence));
    };

    const scheduleStart = (delay: number) => {
      if (!disposed) startTimer = setTimeout(() => void start(), delay);
    };

    const start = async () => {
      try {
        await connection.start();
      } catch {
        scheduleStart(RESTART_DELAY_MS);
        return;
      }
      setStatus('live');
      run(resync(sync));
    };

    connection.on('segmentCounts', (counts: SegmentCounts) =>
      run(receive(sync, { kind: 'counts', sequence: Number(counts.sequence), counts })),
    );
    connection.on('segmentChanged', (change: SegmentChange) =>
      run(receive(sync, { kind: 'change', sequence: Number(change.sequence), change })),
    );
    connection.onreconnecting(() => setStatus('reconnecting'));
    connection.onreconnected(() => {
      setStatus('live');
      run(resync(sync));
    });
    connection.onclose(() => {
      setStatus('offline');
      // Automatic reconnection gave up (or we stopped); keep trying at a slower pace.
      scheduleStart(RESTART_DELAY_MS);
    });
    // A tick later, so StrictMode's development-only unmount doesn't abort a half-open connection.
    scheduleStart(0);

    return () => {
      disposed = true;
      clearTimeout(startTimer);
      void connection.stop();
    };
  }, [queryClient]);

  return status;
}
