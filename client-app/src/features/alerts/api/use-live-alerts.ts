import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { createLiveConnection } from '@/lib/live/connection';
import type { ChurnAlertMessage } from '../types';
import { alertsQueryKey } from './get-alerts';

const RESTART_DELAY_MS = 5_000;

/**
 * Keeps the alert lists and the badge current from the live hub, and hands over each alert raised for a customer
 * the signed-in user manages. The lists are refetched rather than patched: a new alert may or may not belong
 * to a list, depending on its filter and on who manages the customer.
 */
export function useLiveAlerts(onAssigned: (alert: ChurnAlertMessage) => void) {
  const queryClient = useQueryClient();
  const latestOnAssigned = useRef(onAssigned);
  useEffect(() => {
    latestOnAssigned.current = onAssigned;
  });

  useEffect(() => {
    const connection = createLiveConnection();
    const refresh = () => void queryClient.invalidateQueries({ queryKey: alertsQueryKey });
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startAfter = (delay: number) => {
      if (!disposed) timer = setTimeout(() => void connection.start().then(refresh, () => startAfter(RESTART_DELAY_MS)), delay);
    };

    connection.on('churnAlert', refresh);
    connection.on('assignedChurnAlert', (alert: ChurnAlertMessage) => latestOnAssigned.current(alert));
    // Alerts raised while the connection was down were not pushed.
    connection.onreconnected(refresh);
    // Automatic reconnection gave up (or the connection stopped): keep trying at a slower pace.
    connection.onclose(() => startAfter(RESTART_DELAY_MS));
    // A tick later, so StrictMode's development-only unmount doesn't abort a half-open connection.
    startAfter(0);

    return () => {
      disposed = true;
      clearTimeout(timer);
      void connection.stop();
    };
  }, [queryClient]);
}
