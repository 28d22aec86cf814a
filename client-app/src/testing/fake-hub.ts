import type { HubConnection } from '@microsoft/signalr';
import { act } from '@testing-library/react';

/** Stands in for the SignalR connection: `vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'))`. */
class FakeHub {
  readonly #handlers = new Map<string, (payload: unknown) => void>();
  #onReconnecting = () => {};
  #onReconnected = () => {};

  readonly connection = {
    on: (name: string, handler: (payload: unknown) => void) => this.#handlers.set(name, handler),
    onreconnecting: (callback: () => void) => (this.#onReconnecting = callback),
    onreconnected: (callback: () => void) => (this.#onReconnected = callback),
    onclose: () => {},
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  } as unknown as HubConnection;

  emit(name: 'segmentCounts' | 'segmentChanged' | 'churnAlert' | 'assignedChurnAlert' | 'importProgress', payload: unknown) {
    act(() => this.#handlers.get(name)?.(payload));
  }

  reconnecting() {
    act(() => this.#onReconnecting());
  }

  reconnected() {
    act(() => this.#onReconnected());
  }
}

let latest: FakeHub | undefined;

export function createLiveConnection(): HubConnection {
  latest = new FakeHub();
  return latest.connection;
}

export function latestHub(): FakeHub {
  if (latest === undefined) throw new Error('No live connection was created');
  return latest;
}
