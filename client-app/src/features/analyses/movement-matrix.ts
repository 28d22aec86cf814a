import type { SegmentFlow } from './types';

export interface MovementMatrix {
  /** Segments customers came from, those with the most customers first. */
  from: string[];
  /** Segments customers went to, those with the most customers first. */
  to: string[];
  customers: (from: string, to: string) => number;
}

const byTotal = (totals: Map<string, number>) =>
  [...totals.keys()].sort((left, right) => totals.get(right)! - totals.get(left)! || left.localeCompare(right));

const add = (totals: Map<string, number>, segment: string, customers: number) =>
  totals.set(segment, (totals.get(segment) ?? 0) + customers);

/** The flows as a from × to matrix, without rows or columns that no customer is in. */
export function movementMatrix(flows: SegmentFlow[]): MovementMatrix {
  const cells = new Map<string, number>();
  const fromTotals = new Map<string, number>();
  const toTotals = new Map<string, number>();
  for (const flow of flows) {
    const customers = Number(flow.customers);
    cells.set(`${flow.from}\n${flow.to}`, customers);
    add(fromTotals, flow.from, customers);
    add(toTotals, flow.to, customers);
  }
  return {
    from: byTotal(fromTotals),
    to: byTotal(toTotals),
    customers: (from, to) => cells.get(`${from}\n${to}`) ?? 0,
  };
}
