import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { SORTS, type CustomerQuery, type Sort } from '../types';

export type FilterName = 'segment' | 'abc' | 'stage' | 'search';

const isSort = (value: string | null): value is Sort => (SORTS as readonly (string | null)[]).includes(value);

function readQuery(params: URLSearchParams): CustomerQuery {
  const page = Number(params.get('page'));
  const sort = params.get('sort');
  return {
    segment: params.get('segment') ?? undefined,
    abc: params.get('abc') ?? undefined,
    stage: params.get('stage') ?? undefined,
    search: params.get('search') ?? undefined,
    mine: params.get('mine') === '1',
    sort: isSort(sort) ? sort : 'clv',
    // The address shows pages from 1, as people count them.
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

/** The customer list's filters, order and page, read from and written to the address's query. */
export function useCustomerQuery() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void, replace: boolean) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          change(next);
          return next;
        },
        { replace },
      ),
    [setParams],
  );

  /** Another filter or order starts again at the first page; it replaces the history entry, as typing would add many. */
  const setFilter = useCallback(
    (name: FilterName | 'sort' | 'mine', value: string | undefined) =>
      update((next) => {
        if (value === undefined || value === '') next.delete(name);
        else next.set(name, value);
        next.delete('page');
      }, true),
    [update],
  );

  const setPage = useCallback(
    (page: number) =>
      update((next) => {
        if (page === 0) next.delete('page');
        else next.set('page', String(page + 1));
      }, false),
    [update],
  );

  return { query, setFilter, setPage };
}
