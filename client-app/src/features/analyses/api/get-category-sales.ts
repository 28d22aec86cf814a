import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CategorySalesByRegion } from '../types';

/** Months as yyyy-MM, both included; the server allows at most 36 of them. */
export interface MonthRange {
  from: string;
  to: string;
}

/** Category sales per region and month. */
export const getCategorySales = (query: MonthRange, signal?: AbortSignal): Promise<CategorySalesByRegion> =>
  unwrap(api.GET('/api/v1/analyses/categories/by-region', { params: { query }, signal }));

export const categorySalesQueryOptions = (query: MonthRange) =>
  queryOptions({
    queryKey: ['analyses', 'categorySales', query],
    queryFn: ({ signal }) => getCategorySales(query, signal),
    placeholderData: keepPreviousData,
  });

export const useCategorySales = (query: MonthRange) => useQuery(categorySalesQueryOptions(query));
