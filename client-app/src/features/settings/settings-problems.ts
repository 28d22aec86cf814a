import { ApiError } from '@/lib/api/errors';

/** The server's validation messages, sorted to the parts of the form they are about. */
export interface SettingsProblems {
  levels: string[];
  /** Rules that leave a cell out or reach past the levels. */
  grid: string[];
  names: Record<string, string[]>;
  abc: string[];
  annualDiscountRate: string[];
  churnRiskThreshold: string[];
  probabilityAliveLine: string[];
}

/** The problem fields the form shows beside their inputs; anything else goes in the alert under the form. */
export const FIELDS_SHOWN = ['rfm', 'abc', 'annualDiscountRate', 'churnRiskThreshold', 'probabilityAliveLine'] as const;

const NAME_PROBLEM = /^names\.(\w+):\s*(.*)$/;
const LEVELS_PROBLEM = /^levels:\s*(.*)$/;

/** The server groups RFM problems under "rfm", each message starting with the part it names ("levels: ...", "names.Loyal: ..."). */
export function settingsProblems(error: Error | null): SettingsProblems {
  const errors = error instanceof ApiError ? (error.problem?.errors ?? {}) : {};
  const problems: SettingsProblems = {
    levels: [],
    grid: [],
    names: {},
    abc: errors.abc ?? [],
    annualDiscountRate: errors.annualDiscountRate ?? [],
    churnRiskThreshold: errors.churnRiskThreshold ?? [],
    probabilityAliveLine: errors.probabilityAliveLine ?? [],
  };
  for (const message of errors.rfm ?? []) {
    const name = NAME_PROBLEM.exec(message);
    const levels = LEVELS_PROBLEM.exec(message);
    if (name) (problems.names[name[1]!] ??= []).push(name[2]!);
    else if (levels) problems.levels.push(levels[1]!);
    else problems.grid.push(message);
  }
  return problems;
}
