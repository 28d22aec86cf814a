import { TextField } from '@/components/text-field';

type End = 'from' | 'to';

interface RangeFieldsProps {
  type: 'date' | 'month';
  range: Partial<Record<End, string>>;
  labels: Record<End, string>;
  /** An input that is cleared, or still being typed into, sends ''. */
  onChange: (end: End, value: string) => void;
  /** The inputs' test ids are `${testId}-from` and `${testId}-to`. */
  testId: string;
}

/** The two ends of a period, as date or month inputs. */
export function RangeFields({ type, range, labels, onChange, testId }: RangeFieldsProps) {
  return (['from', 'to'] as const).map((end) => (
    <TextField
      key={end}
      label={labels[end]}
      type={type}
      value={range[end] ?? ''}
      onChange={(event) => onChange(end, event.target.value)}
      data-testid={`${testId}-${end}`}
    />
  ));
}
