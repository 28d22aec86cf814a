import { HttpTransportType, HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { env } from '@/lib/env';

export type LiveStatus = 'live' | 'reconnecting' | 'offline';

/** The auth cookie authenticates the socket, so no token ever goes into the URL. */
export function createLiveConnection(): HubConnection {
  return new HubConnectionBuilder()
    .withUrl(`${env.apiBaseUrl}/hubs/live`, {
      transport: HttpTransportType.WebSockets,
      skipNegotiation: true,
    })
    .withAutomaticReconnect()
    .configureLogging(LogLevel.Warning)
    .build();
}
