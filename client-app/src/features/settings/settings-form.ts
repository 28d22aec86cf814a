import { gridToRules, rulesToGrid, type SegmentGrid, type SegmentRule } from './segment-grid';
import type { AnalysisSettings, PeriodUnit } from './types';

/** What the settings form edits: numbers stay text while typed, the rules are a grid. */
export interface SettingsFormValues {
  levels: number;
  grid: SegmentGrid;
  /** Display names by segment; a blank one falls back to the default name. */
  names: Record<string, string>;
  abcA: string;
  abcB: string;
  annualDiscountRate: string;
  churnRiskThreshold: string;
  probabilityAliveLine: string;
  fitPeriod: PeriodUnit;
}

export function toFormValues(settings: AnalysisSettings): SettingsFormValues {
  const levels = Number(settings.rfm?.levels ?? 0);
  const rules: SegmentRule[] = (settings.rfm?.rules ?? []).map((rule) => ({
    segment: rule.segment,
    rMin: Number(rule.rMin),
    rMax: Number(rule.rMax),
    fmMin: Number(rule.fmMin),
    fmMax: Number(rule.fmMax),
  }));
  return {
    levels,
    grid: rulesToGrid(levels, rules),
    names: { ...settings.rfm?.names },
    abcA: String(settings.abc?.a ?? ''),
    abcB: String(settings.abc?.b ?? ''),
    annualDiscountRate: String(settings.annualDiscountRate ?? ''),
    churnRiskThreshold: String(settings.churnRiskThreshold ?? ''),
    probabilityAliveLine: String(settings.probabilityAliveLine ?? ''),
    fitPeriod: settings.fitPeriod ?? 'Weeks',
  };
}

/** The PUT body; the server judges the numbers and names and answers each problem by field. */
export function toSettings(values: SettingsFormValues): AnalysisSettings {
  const names = Object.fromEntries(
    Object.entries(values.names)
      .map(([segment, name]) => [segment, name.trim()] as const)
      .filter(([, name]) => name !== ''),
  );
  return {
    rfm: { levels: values.levels, rules: gridToRules(values.grid), names },
    abc: { a: Number(values.abcA), b: Number(values.abcB) },
    annualDiscountRate: Number(values.annualDiscountRate),
    churnRiskThreshold: Number(values.churnRiskThreshold),
    probabilityAliveLine: Number(values.probabilityAliveLine),
    fitPeriod: values.fitPeriod,
  };
}
