import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type RfmGrid = Schemas['RfmGrid'];
export type RfmCell = Schemas['RfmCell'];
export type AbcPareto = Schemas['AbcPareto'];
export type SegmentMovement = Schemas['SegmentMovement'];
export type SegmentFlow = Schemas['SegmentFlow'];
export type CohortRetention = Schemas['CohortRetention'];
export type CategorySalesByRegion = Schemas['CategorySalesByRegion'];
export type CategorySales = Schemas['CategorySales'];
export type CrossSell = Schemas['CrossSell'];
export type CategoryPair = Schemas['CategoryPair'];
export type ProfitabilityPage = Schemas['ProfitabilityPage'];
export type CustomerProfitability = Schemas['CustomerProfitability'];
export type ProfitabilitySummary = Schemas['ProfitabilitySummary'];
export type TopSpenders = Schemas['TopSpenders'];
export type TraitComparison = Schemas['TraitComparison'];
export type SatisfactionReport = Schemas['SatisfactionReport'];
export type SatisfactionGroup = Schemas['SatisfactionGroup'];
export type ComplaintReport = Schemas['ComplaintReport'];
export type ComplaintCount = Schemas['ComplaintCount'];
export type OverContactedReport = Schemas['OverContactedReport'];
export type ContactedCustomer = Schemas['ContactedCustomer'];
