import type {
  AbcPareto,
  CategorySalesByRegion,
  CohortRetention,
  ComplaintReport,
  CrossSell,
  OverContactedReport,
  ProfitabilityPage,
  ProfitabilitySummary,
  RfmGrid,
  SatisfactionReport,
  SegmentMovement,
  TopSpenders,
} from '../types';

/** Answers shaped as the server gave them for the demo shop, cut down. */
export const rfmGrid: RfmGrid = {
  customers: 560,
  cells: [
    {
      r: 2,
      f: 5,
      customers: 376,
      averageMonetary: 928.11,
      segment: 'CannotLoseThem',
      segments: [
        { segment: 'CannotLoseThem', customers: 370 },
        { segment: 'AtRisk', customers: 6 },
      ],
    },
    { r: 5, f: 1, customers: 184, averageMonetary: 61.5, segment: 'New', segments: [{ segment: 'New', customers: 184 }] },
  ],
};

export const abcPareto: AbcPareto = {
  customers: 2028,
  revenue: 671265.17,
  aShare: 0.8,
  bShare: 0.15,
  curve: [
    { customerShare: 0.25, revenueShare: 0.6, class: 'A' },
    { customerShare: 0.5, revenueShare: 0.85, class: 'B' },
    { customerShare: 1, revenueShare: 1, class: 'C' },
  ],
  classes: [
    { class: 'A', customers: 812, customerShare: 0.4, revenueShare: 0.8 },
    { class: 'B', customers: 406, customerShare: 0.2, revenueShare: 0.15 },
    { class: 'C', customers: 810, customerShare: 0.4, revenueShare: 0.05 },
  ],
};

export const segmentMovement: SegmentMovement = {
  from: '2026-10-01',
  to: '2026-11-01',
  flows: [
    { from: 'Loyal', to: 'Loyal', customers: 40 },
    { from: 'Loyal', to: 'AtRisk', customers: 7 },
    { from: 'Prospect', to: 'New', customers: 12 },
  ],
};

export const cohortRetention: CohortRetention = {
  cohorts: [
    { month: '2026-09-01', customers: 85, active: [85, 24, 22], retention: [1, 0.2823529411764706, 0.25882352941176473] },
    { month: '2026-10-01', customers: 85, active: [85, 23], retention: [1, 0.27058823529411763] },
    { month: '2026-11-01', customers: 91, active: [91], retention: [1] },
  ],
};

export const categorySales: CategorySalesByRegion = {
  from: '2026-09',
  to: '2026-11',
  rows: [
    { month: '2026-09', region: 'East', category: 'tea', orders: 31, quantity: 72, revenue: 1934.14, discount: 93.36 },
    { month: '2026-09', region: 'North', category: 'tea', orders: 10, quantity: 20, revenue: 500, discount: 0 },
    { month: '2026-11', region: null, category: 'coffee', orders: 5, quantity: 6, revenue: 120.5, discount: 0 },
  ],
};

export const crossSell: CrossSell = {
  orders: 6416,
  pairs: [
    { a: 'tea', b: 'teaware', orders: 624, support: 0.0972, confidenceAToB: 0.2799, confidenceBToA: 0.2695, lift: 1.4 },
    { a: 'snacks', b: 'tea', orders: 587, support: 0.0915, confidenceAToB: 0.2628, confidenceBToA: 0.2633, lift: 0.76 },
  ],
};

const notes = ['Profit = revenue - cost of goods - discounts - refunds - service cost.'];

export const profitabilitySummary: ProfitabilitySummary = {
  customers: 2028,
  orders: 6417,
  revenue: 671539.72,
  costOfGoods: 387889.54,
  discounts: 33712.89,
  refunds: 0,
  serviceCost: 0,
  profit: 249937.29,
  unprofitableCustomers: 3,
  ordersWithCost: 6417,
  notes,
};

export const profitabilityPage = (order: 'asc' | 'desc'): ProfitabilityPage => ({
  order,
  offset: 0,
  limit: 10,
  notes,
  items: [
    {
      customerId: order === 'asc' ? 'c-1000' : 'c-7',
      name: order === 'asc' ? 'Gus Wang' : 'Ada Lee',
      orders: order === 'asc' ? 1 : 30,
      revenue: order === 'asc' ? 7.05 : 4200,
      costOfGoods: order === 'asc' ? 4.56 : 2000,
      discounts: order === 'asc' ? 1.24 : 100,
      refunds: 0,
      serviceCost: 0,
      profit: order === 'asc' ? 1.25 : 2100,
      ordersWithCost: 1,
    },
  ],
});

export const topSpenders: TopSpenders = {
  share: 0.1,
  revenueThreshold: 732.84,
  topCustomers: 203,
  otherCustomers: 1825,
  sampledCustomers: 2028,
  top: { customers: 203, averageOrderValue: 109.77, purchaseDays: 9.94 },
  rest: { customers: 1825, averageOrderValue: 102.24, purchaseDays: 2.37 },
  traits: [
    { dimension: 'region', value: 'East', topShare: 0.2808, restShare: 0.2455, lift: 1.1438 },
    { dimension: 'gender', value: null, topShare: 0.1, restShare: 0, lift: null },
  ],
};

const side = (customers: number, averageRating: number) => ({
  customers,
  averageRating,
  complaintsPerCustomer: averageRating < 3 ? 1.5 : 0.1,
  contactsPerCustomer: 2,
  ordersPerCustomer: 3,
  revenuePerCustomer: 250,
  traits: [],
});

export const satisfaction: SatisfactionReport = {
  by: 'product',
  groups: [
    {
      key: 'TEA-01',
      customers: 40,
      averageRating: 4.1,
      mostSatisfied: side(8, 5),
      leastSatisfied: side(8, 2.25),
      contrasts: [{ trait: 'region', value: 'East', mostSatisfiedShare: 0.625, leastSatisfiedShare: 0.125 }],
    },
  ],
};

const complaintCount = (value: string | null, complaints: number, open: number) => ({
  value,
  complaints,
  open,
  averageResolutionHours: open === complaints ? null : 26.5,
  medianResolutionHours: open === complaints ? null : 20,
});

export const complaints: ComplaintReport = {
  from: null,
  to: null,
  total: complaintCount(null, 12, 2),
  byType: [complaintCount('delivery', 8, 1), complaintCount('quality', 4, 1)],
  byProduct: [complaintCount('TEA-01', 12, 2)],
  byRegion: [complaintCount(null, 12, 2)],
  byRep: [complaintCount('mia@shop.test', 12, 12)],
  monthly: [complaintCount('2026-10', 5, 0), complaintCount('2026-11', 7, 2)],
};

export const overContacted: OverContactedReport = {
  days: 30,
  threshold: 4,
  total: 1,
  customers: [
    {
      customerId: 'c-42',
      name: 'Ann Lee',
      contacts: 6,
      lastContactAt: '2026-11-20T10:15:00Z',
      byChannel: [
        { channel: 'email', contacts: 4 },
        { channel: 'phone', contacts: 2 },
      ],
    },
  ],
  distribution: [
    { contacts: 1, customers: 50 },
    { contacts: 6, customers: 1 },
  ],
};
