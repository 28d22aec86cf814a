interface MeterProps {
  label: string;
  /** From 0 to 1. */
  value: number;
  /** A line across the bar, from 0 to 1: e.g. the churn risk at which the tenant is alerted. */
  line?: { at: number; label: string } | undefined;
  tone?: 'accent' | 'warn';
  testId?: string;
}

const asPercent = (fraction: number) => `${Math.min(100, Math.max(0, fraction * 100))}%`;

/** A horizontal bar filled to the value. */
export function Meter({ label, value, line, tone = 'accent', testId }: MeterProps) {
  return (
    <div
      className="meter"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={1}
      aria-valuenow={value}
      data-tone={tone}
      data-testid={testId}
    >
      <div className="meter-fill" style={{ width: asPercent(value) }} />
      {line && <div className="meter-line" style={{ left: asPercent(line.at) }} title={line.label} />}
    </div>
  );
}
