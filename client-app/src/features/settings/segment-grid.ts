import type { Segment } from './types';

/** A rectangle of the R × FM grid, bounds inclusive, that gives one segment. */
export interface SegmentRule {
  segment: Segment;
  rMin: number;
  rMax: number;
  fmMin: number;
  fmMax: number;
}

/** `grid[r - 1][fm - 1]`: the segment of each cell; null where no rule covers it (the server refuses that). */
export type SegmentGrid = (Segment | null)[][];

/** The server's five-level default grid (docs/SEGMENTS.md); every segment a rule can give appears once. */
const DEFAULT_RULES: readonly SegmentRule[] = [
  { segment: 'Champions', rMin: 5, rMax: 5, fmMin: 4, fmMax: 5 },
  { segment: 'Loyal', rMin: 3, rMax: 4, fmMin: 4, fmMax: 5 },
  { segment: 'PotentialLoyalist', rMin: 4, rMax: 5, fmMin: 2, fmMax: 3 },
  { segment: 'New', rMin: 5, rMax: 5, fmMin: 1, fmMax: 1 },
  { segment: 'Promising', rMin: 4, rMax: 4, fmMin: 1, fmMax: 1 },
  { segment: 'NeedAttention', rMin: 3, rMax: 3, fmMin: 3, fmMax: 3 },
  { segment: 'AboutToSleep', rMin: 3, rMax: 3, fmMin: 1, fmMax: 2 },
  { segment: 'CannotLoseThem', rMin: 1, rMax: 2, fmMin: 5, fmMax: 5 },
  { segment: 'AtRisk', rMin: 1, rMax: 2, fmMin: 3, fmMax: 4 },
  { segment: 'Lost', rMin: 1, rMax: 1, fmMin: 1, fmMax: 1 },
  { segment: 'Hibernating', rMin: 1, rMax: 2, fmMin: 1, fmMax: 2 },
];
const DEFAULT_LEVELS = 5;

/** The segments a grid cell can have: all but Prospect, which is for customers without orders. */
export const GRID_SEGMENTS: readonly Segment[] = DEFAULT_RULES.map((rule) => rule.segment);

const scores = (levels: number) => Array.from({ length: levels }, (_, index) => index + 1);

/** Each cell gets the segment of the first rule that contains it, as the server decides. */
export function rulesToGrid(levels: number, rules: readonly SegmentRule[]): SegmentGrid {
  return scores(levels).map((r) =>
    scores(levels).map(
      (fm) => rules.find((rule) => r >= rule.rMin && r <= rule.rMax && fm >= rule.fmMin && fm <= rule.fmMax)?.segment ?? null,
    ),
  );
}

/** Runs of one segment in a row become one rule each, and a rule grows down while the next row repeats its run. */
export function gridToRules(grid: SegmentGrid): SegmentRule[] {
  const rules: SegmentRule[] = [];
  grid.forEach((row, index) => {
    const r = index + 1;
    for (const run of runsOf(row)) {
      const above = rules.find(
        (rule) => rule.rMax === r - 1 && rule.segment === run.segment && rule.fmMin === run.fmMin && rule.fmMax === run.fmMax,
      );
      if (above) above.rMax = r;
      else rules.push({ segment: run.segment, rMin: r, rMax: r, fmMin: run.fmMin, fmMax: run.fmMax });
    }
  });
  return rules;
}

function runsOf(row: readonly (Segment | null)[]): { segment: Segment; fmMin: number; fmMax: number }[] {
  const runs: { segment: Segment; fmMin: number; fmMax: number }[] = [];
  row.forEach((segment, index) => {
    if (segment === null) return;
    const fm = index + 1;
    const last = runs.at(-1);
    if (last && last.segment === segment && last.fmMax === fm - 1) last.fmMax = fm;
    else runs.push({ segment, fmMin: fm, fmMax: fm });
  });
  return runs;
}

/**
 * The grid over another number of levels: score s stands for score 1 + round((s - 1) × (old - 1) / (new - 1)) of the
 * old grid, the scaling the server applies to its default grid.
 */
export function resampleGrid(grid: SegmentGrid, levels: number): SegmentGrid {
  const old = grid.length;
  const source = (score: number) => Math.round(((score - 1) * (old - 1)) / (levels - 1));
  return scores(levels).map((r) => scores(levels).map((fm) => grid[source(r)]?.[source(fm)] ?? null));
}

export const defaultGrid = (levels: number): SegmentGrid =>
  resampleGrid(rulesToGrid(DEFAULT_LEVELS, DEFAULT_RULES), levels);

/** The grid with one cell changed. */
export const withCell = (grid: SegmentGrid, r: number, fm: number, segment: Segment): SegmentGrid =>
  grid.map((row, rIndex) => (rIndex === r - 1 ? row.map((cell, fmIndex) => (fmIndex === fm - 1 ? segment : cell)) : row));
