import type { ColumnMapping, ImportField } from './types';

/**
 * Maps `field` to `column`, or unmaps it when `column` is undefined. A column fills one field at most, so a
 * field that had this column loses it, as the server would refuse the mapping otherwise.
 */
export function withColumn(mapping: ColumnMapping, field: string, column: number | undefined): ColumnMapping {
  const next = Object.fromEntries(
    Object.entries(mapping).filter(([key, mapped]) => key !== field && mapped !== column),
  ) as ColumnMapping;
  if (column !== undefined) next[field] = column;
  return next;
}

/** The required fields that no column fills yet: the import cannot start while there are any. */
export const missingRequired = (fields: readonly ImportField[], mapping: ColumnMapping): string[] =>
  fields.filter((field) => field.required && mapping[field.key] === undefined).map((field) => field.key);

/** The values of one sample row as the mapping reads them, for the preview next to each field. */
export const previewOf = (mapping: ColumnMapping, field: string, row: readonly string[] | undefined): string | undefined => {
  const column = mapping[field];
  return column === undefined ? undefined : row?.[column];
};
