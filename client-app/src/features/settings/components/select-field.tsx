import type { SelectHTMLAttributes } from 'react';

type SelectFieldProps = {
  label: string;
  errors?: string[];
  options: readonly { value: string; label: string }[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'aria-invalid' | 'children'>;

/** A labelled select with the server's messages for it. */
export function SelectField({ label, errors = [], options, ...selectProps }: SelectFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <select {...selectProps} aria-invalid={errors.length > 0 || undefined}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errors.length > 0 && <span className="field-error">{errors.join(' ')}</span>}
    </label>
  );
}
