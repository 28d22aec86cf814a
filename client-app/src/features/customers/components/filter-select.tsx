export interface Option {
  value: string;
  label: string;
}

interface FilterSelectProps {
  label: string;
  value: string | undefined;
  /** The first option, meaning no filter; without it one of the options is always chosen. */
  anyLabel?: string;
  options: Option[];
  onChange: (value: string | undefined) => void;
  testId: string;
}

export function FilterSelect({ label, value, anyLabel, options, onChange, testId }: FilterSelectProps) {
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)} data-testid={testId}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
