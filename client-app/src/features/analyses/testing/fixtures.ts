import type { ComplaintReport, OverContactedReport, SatisfactionReport } from '../types';

/** Answers shaped as the server gives them, cut down. */
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
