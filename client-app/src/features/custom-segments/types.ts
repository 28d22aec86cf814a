import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type CustomSegmentList = Schemas['CustomSegmentList'];
export type CustomSegmentSummary = Schemas['CustomSegmentSummary'];
export type CustomSegmentView = Schemas['CustomSegmentView'];
export type CustomSegmentInput = Schemas['CustomSegmentInput'];
export type RulePreview = Schemas['RulePreview'];
export type SegmentCustomer = Schemas['SegmentCustomer'];
export type SegmentField = Schemas['SegmentField'];
export type CompareOp = Schemas['CompareOp'];

/**
 * A rule as the server reads it (docs/SEGMENTS.md): the generated SegmentRule, with "type" required and every
 * node's children typed, which the generator leaves loose.
 */
export type Rule =
  | { type: 'all' | 'any'; rules: Rule[] }
  | { type: 'not'; rule: Rule }
  | { type: 'compare'; field: string; op: CompareOp; value: number | string }
  | { type: 'between'; field: string; min: number | string; max: number | string }
  | { type: 'in'; field: string; values: string[] }
  | { type: 'boughtCategory'; category: string; withinDays: number | string };

/** The live message of a customer joining or leaving a custom segment. */
export interface CustomSegmentChange {
  customerId: string;
  customerName: string | null;
  segmentId: number;
  segmentName: string;
  joined: boolean;
  at: string;
  sequence: number;
}
