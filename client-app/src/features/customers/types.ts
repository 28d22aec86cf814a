import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type CustomerPage = Schemas['CustomerPage'];
export type CustomerSummary = Schemas['CustomerSummary'];
export type CustomerProfile = Schemas['CustomerProfile'];
export type CustomerValue = Schemas['CustomerValue'];
export type CustomerBehaviour = Schemas['CustomerBehaviour'];
export type CustomerDemographics = Schemas['CustomerDemographics'];
export type LoyaltyScore = Schemas['LoyaltyScore'];
export type PurchaseDay = Schemas['PurchaseDay'];
export type CategoryPurchases = Schemas['CategoryPurchases'];
export type SegmentHistoryEntry = Schemas['SegmentHistoryEntry'];
export type CustomerAlert = Schemas['CustomerAlert'];
export type Member = Schemas['Member'];
export type AnalysisSettingsView = Schemas['AnalysisSettingsView'];

/** The server's sort keys, each a fixed order (names ascending, the rest highest first). */
export const SORTS = ['clv', 'revenue', 'risk', 'recent', 'name'] as const;
export type Sort = (typeof SORTS)[number];

export const ABC_CLASSES = ['A', 'B', 'C'] as const;

export const LIFECYCLE_STAGES = ['New', 'Active', 'AtRisk', 'Lapsed', 'Reactivated', 'Churned'] as const;

/** What the customer list shows: its filters, its order and its page, all kept in the address. */
export interface CustomerQuery {
  segment?: string;
  abc?: string;
  stage?: string;
  /** Only the customers whose account manager is the signed-in user. */
  mine: boolean;
  search?: string;
  sort: Sort;
  /** 0-based. */
  page: number;
}

export type CustomerIdentities = Schemas['CustomerIdentities'];
export type CustomerMerge = Schemas['CustomerMerge'];
