import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AlertAction, ChurnAlert, Handling } from '../types';
import { alertsQueryKey } from './get-alerts';

export interface AlertHandling {
  id: number | string;
  handling: Handling;
  action: AlertAction;
}

// The three calls differ only in the verb at the end of the address.
const PATHS = {
  acknowledge: '/api/v1/alerts/{id}/acknowledge',
  snooze: '/api/v1/alerts/{id}/snooze',
  resolve: '/api/v1/alerts/{id}/resolve',
} as const;

/** Acknowledges, snoozes (until action.snoozeUntil) or resolves (with action.note) an alert; answers the alert as it is now. */
export const handleAlert = ({ id, handling, action }: AlertHandling): Promise<ChurnAlert> =>
  unwrap(api.POST(PATHS[handling], { params: { path: { id: Number(id) } }, body: action }));

export function useHandleAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(handleAlert),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsQueryKey }),
  });
}
