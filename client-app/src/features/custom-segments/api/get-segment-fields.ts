import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { FieldCatalogue } from '../rule-draft';

/** The fields a rule may use, by name, in the server's order. */
export const getSegmentFields = async (signal?: AbortSignal): Promise<FieldCatalogue> => {
  const fields = await unwrap(api.GET('/api/v1/segments/custom/fields', { signal }));
  return new Map(fields.map((field) => [field.name, field]));
};

export const segmentFieldsQueryOptions = () =>
  queryOptions({
    queryKey: ['custom-segments', 'fields'],
    queryFn: ({ signal }) => getSegmentFields(signal),
    // The catalogue changes only with a new server version.
    staleTime: Infinity,
  });

export const useSegmentFields = () => useQuery(segmentFieldsQueryOptions());
