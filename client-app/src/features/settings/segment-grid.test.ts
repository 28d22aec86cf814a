import { describe, expect, it } from 'vitest';
import { defaultGrid, gridToRules, resampleGrid, rulesToGrid, withCell, type SegmentRule } from './segment-grid';

// Rows from R 1 up, as the grid is indexed.
const FIVE_LEVELS = [
  ['Lost', 'Hibernating', 'AtRisk', 'AtRisk', 'CannotLoseThem'],
  ['Hibernating', 'Hibernating', 'AtRisk', 'AtRisk', 'CannotLoseThem'],
  ['AboutToSleep', 'AboutToSleep', 'NeedAttention', 'Loyal', 'Loyal'],
  ['Promising', 'PotentialLoyalist', 'PotentialLoyalist', 'Loyal', 'Loyal'],
  ['New', 'PotentialLoyalist', 'PotentialLoyalist', 'Champions', 'Champions'],
];

describe('segment grid', () => {
  it('gives each cell the first rule that contains it', () => {
    const rules: SegmentRule[] = [
      { segment: 'Lost', rMin: 1, rMax: 1, fmMin: 1, fmMax: 1 },
      { segment: 'Hibernating', rMin: 1, rMax: 3, fmMin: 1, fmMax: 2 },
    ];
    expect(rulesToGrid(3, rules)).toEqual([
      ['Lost', 'Hibernating', null],
      ['Hibernating', 'Hibernating', null],
      ['Hibernating', 'Hibernating', null],
    ]);
  });

  it('draws the default grid from the server default rules', () => {
    expect(defaultGrid(5)).toEqual(FIVE_LEVELS);
  });

  it('scales the default grid as the server does, leaving out Promising at three levels', () => {
    expect(defaultGrid(3)).toEqual([
      ['Lost', 'AtRisk', 'CannotLoseThem'],
      ['AboutToSleep', 'NeedAttention', 'Loyal'],
      ['New', 'PotentialLoyalist', 'Champions'],
    ]);
    expect(defaultGrid(10)).toHaveLength(10);
    expect(defaultGrid(10)[9]![9]).toBe('Champions');
  });

  it('merges runs into rectangles that give back the same grid', () => {
    const rules = gridToRules(FIVE_LEVELS as ReturnType<typeof defaultGrid>);
    expect(rules).toContainEqual({ segment: 'AtRisk', rMin: 1, rMax: 2, fmMin: 3, fmMax: 4 });
    expect(rules).toContainEqual({ segment: 'Loyal', rMin: 3, rMax: 4, fmMin: 4, fmMax: 5 });
    expect(rulesToGrid(5, rules)).toEqual(FIVE_LEVELS);
  });

  it('splits a rectangle where one cell changes', () => {
    const grid = withCell(rulesToGrid(3, [{ segment: 'Loyal', rMin: 1, rMax: 3, fmMin: 1, fmMax: 3 }]), 2, 2, 'Lost');
    expect(gridToRules(grid)).toEqual([
      { segment: 'Loyal', rMin: 1, rMax: 1, fmMin: 1, fmMax: 3 },
      { segment: 'Loyal', rMin: 2, rMax: 2, fmMin: 1, fmMax: 1 },
      { segment: 'Lost', rMin: 2, rMax: 2, fmMin: 2, fmMax: 2 },
      { segment: 'Loyal', rMin: 2, rMax: 2, fmMin: 3, fmMax: 3 },
      { segment: 'Loyal', rMin: 3, rMax: 3, fmMin: 1, fmMax: 3 },
    ]);
  });

  it('leaves uncovered cells out of the rules', () => {
    expect(gridToRules([['Lost', null], [null, 'New']])).toEqual([
      { segment: 'Lost', rMin: 1, rMax: 1, fmMin: 1, fmMax: 1 },
      { segment: 'New', rMin: 2, rMax: 2, fmMin: 2, fmMax: 2 },
    ]);
  });

  it('keeps a grid through a change of levels and back', () => {
    expect(resampleGrid(resampleGrid(defaultGrid(5), 9), 5)).toEqual(FIVE_LEVELS);
  });
});
