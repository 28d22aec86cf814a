import type { components } from '@/lib/api/schema';

export type AnalysisSettingsView = components['schemas']['AnalysisSettingsView'];
export type AnalysisSettings = components['schemas']['AnalysisSettings'];
export type TenantModel = components['schemas']['TenantModel'];
export type ModelFit = components['schemas']['ModelFit'];
export type Segment = components['schemas']['Segment'];
export type PeriodUnit = components['schemas']['PeriodUnit'];

export const PERIOD_UNITS = ['Days', 'Weeks'] as const satisfies readonly PeriodUnit[];

/** The server accepts 3 to 10 score levels per dimension. */
export const MIN_LEVELS = 3;
export const MAX_LEVELS = 10;
