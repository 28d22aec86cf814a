import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type SatisfactionReport = Schemas['SatisfactionReport'];
export type SatisfactionGroup = Schemas['SatisfactionGroup'];
export type ComplaintReport = Schemas['ComplaintReport'];
export type ComplaintCount = Schemas['ComplaintCount'];
export type OverContactedReport = Schemas['OverContactedReport'];
export type ContactedCustomer = Schemas['ContactedCustomer'];
