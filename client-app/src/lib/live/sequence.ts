/**
 * Orders live messages against fetched snapshots. Every message carries the tenant's
 * sequence number, which grows by exactly one per message, so a jump means one was missed.
 */
export interface Sequenced {
  sequence: number;
}

export type SyncState<M extends Sequenced> =
  | { phase: 'synced'; last: number }
  /** No usable snapshot: messages wait for one, and `fetching` says whether it is on its way. */
  | { phase: 'waiting'; buffer: readonly M[]; fetching: boolean };

export interface SyncStep<M extends Sequenced> {
  state: SyncState<M>;
  /** Messages to apply to the cached snapshot, oldest first. */
  apply: M[];
  /** Whether a new snapshot must be fetched. */
  refetch: boolean;
}

export const initialSyncState: SyncState<never> = { phase: 'waiting', buffer: [], fetching: false };

function bufferOf<M extends Sequenced>(state: SyncState<M>): readonly M[] {
  return state.phase === 'waiting' ? state.buffer : [];
}

export function receive<M extends Sequenced>(state: SyncState<M>, message: M): SyncStep<M> {
  if (state.phase === 'waiting') {
    return {
      state: { phase: 'waiting', buffer: [...state.buffer, message], fetching: true },
      apply: [],
      refetch: !state.fetching,
    };
  }
  if (message.sequence <= state.last) return { state, apply: [], refetch: false };
  if (message.sequence === state.last + 1) {
    return { state: { phase: 'synced', last: message.sequence }, apply: [message], refetch: false };
  }
  return { state: { phase: 'waiting', buffer: [message], fetching: true }, apply: [], refetch: true };
}

/** On (re)connect: messages sent while disconnected are lost, so only a new snapshot is trustworthy. */
export function resync<M extends Sequenced>(state: SyncState<M>): SyncStep<M> {
  return { state: { phase: 'waiting', buffer: bufferOf(state), fetching: true }, apply: [], refetch: true };
}

/** A snapshot at `sequence` is in the cache: replay the buffered messages that came after it. */
export function snapshotLoaded<M extends Sequenced>(state: SyncState<M>, sequence: number): SyncStep<M> {
  const buffered = [...bufferOf(state)].sort((a, b) => a.sequence - b.sequence);
  return buffered.reduce<SyncStep<M>>(
    (step, message) => {
      const next = receive(step.state, message);
      return { state: next.state, apply: [...step.apply, ...next.apply], refetch: step.refetch || next.refetch };
    },
    { state: { phase: 'synced', last: sequence }, apply: [], refetch: false },
  );
}

/** Keeps the buffer; the next message asks for a snapshot again. */
export function refetchFailed<M extends Sequenced>(state: SyncState<M>): SyncStep<M> {
  return { state: { phase: 'waiting', buffer: bufferOf(state), fetching: false }, apply: [], refetch: false };
}
