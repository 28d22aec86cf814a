import { describe, expect, it } from 'vitest';
import {
  initialSyncState,
  receive,
  refetchFailed,
  resync,
  snapshotLoaded,
  type SyncState,
} from './sequence';

interface Message {
  sequence: number;
}

const msg = (sequence: number): Message => ({ sequence });
const synced = (last: number): SyncState<Message> => ({ phase: 'synced', last });

describe('receive while synced', () => {
  it('applies the next message in order', () => {
    const step = receive(synced(10), msg(11));
    expect(step).toEqual({ state: synced(11), apply: [msg(11)], refetch: false });
  });

  it('ignores duplicates and older messages', () => {
    expect(receive(synced(10), msg(10))).toEqual({ state: synced(10), apply: [], refetch: false });
    expect(receive(synced(10), msg(3))).toEqual({ state: synced(10), apply: [], refetch: false });
  });

  it('asks for a refetch on a gap and keeps the message for later', () => {
    const step = receive(synced(10), msg(12));
    expect(step.refetch).toBe(true);
    expect(step.apply).toEqual([]);
    expect(step.state).toEqual({ phase: 'waiting', buffer: [msg(12)], fetching: true });
  });
});

describe('waiting for a snapshot', () => {
  it('buffers messages without asking twice for the same refetch', () => {
    const gap = receive(synced(10), msg(12));
    const next = receive(gap.state, msg(13));
    expect(next.refetch).toBe(false);
    expect(next.state).toEqual({ phase: 'waiting', buffer: [msg(12), msg(13)], fetching: true });
  });

  it('goes on from the snapshot, replaying only the newer buffered messages in order', () => {
    const waiting: SyncState<Message> = { phase: 'waiting', buffer: [msg(14), msg(12), msg(13)], fetching: true };
    const step = snapshotLoaded(waiting, 12);
    expect(step).toEqual({ state: synced(14), apply: [msg(13), msg(14)], refetch: false });
  });

  it('refetches again when the snapshot still leaves a gap', () => {
    const waiting: SyncState<Message> = { phase: 'waiting', buffer: [msg(15), msg(16)], fetching: true };
    const step = snapshotLoaded(waiting, 12);
    expect(step.refetch).toBe(true);
    expect(step.apply).toEqual([]);
    expect(step.state).toEqual({ phase: 'waiting', buffer: [msg(15), msg(16)], fetching: true });
  });

  it('asks again with the next message after a failed refetch', () => {
    const failed = refetchFailed(receive(synced(10), msg(12)).state);
    expect(failed.state).toEqual({ phase: 'waiting', buffer: [msg(12)], fetching: false });
    const next = receive(failed.state, msg(13));
    expect(next.refetch).toBe(true);
  });
});

describe('resync', () => {
  it('refetches on connect and reconnect', () => {
    expect(resync(initialSyncState).refetch).toBe(true);
    const step = resync(synced(10));
    expect(step).toEqual({ state: { phase: 'waiting', buffer: [], fetching: true }, apply: [], refetch: true });
  });
});
