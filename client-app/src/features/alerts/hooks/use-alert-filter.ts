import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { STATUS_FILTERS, type AlertFilter, type StatusFilter } from '../types';

const isStatusFilter = (value: string | null): value is StatusFilter =>
  (STATUS_FILTERS as readonly (string | null)[]).includes(value);

/** The alert list's filter, kept in the address's query; active alerts of everyone's customers by default. */
export function useAlertFilter() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<AlertFilter>(() => {
    const status = params.get('status');
    return { status: isStatusFilter(status) ? status : 'active', mine: params.get('mine') === '1' };
  }, [params]);

  const setFilter = useCallback(
    (next: AlertFilter) =>
      setParams(
        (current) => {
          const query = new URLSearchParams(current);
          if (next.status === 'active') query.delete('status');
          else query.set('status', next.status);
          if (next.mine) query.set('mine', '1');
          else query.delete('mine');
          return query;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { filter, setFilter };
}
