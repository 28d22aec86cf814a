import type { components } from '@/lib/api/schema';

export type ImportDetail = components['schemas']['ImportDetail'];
export type ImportSummary = components['schemas']['ImportSummary'];
export type ImportProgress = components['schemas']['ImportProgress'];
export type ImportField = components['schemas']['ImportFieldInfo'];
export type StartImportRequest = components['schemas']['StartImportRequest'];

export type ImportKind = 'orders' | 'customers';

/** Field key to the position of the column that fills it. */
export type ColumnMapping = Record<string, number>;
