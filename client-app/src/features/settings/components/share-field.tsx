import type { ComponentProps } from 'react';
import { TextField } from '@/components/text-field';

type ShareFieldProps = {
  value: string;
  onChange: (value: string) => void;
} & Omit<ComponentProps<typeof TextField>, 'value' | 'onChange' | 'type'>;

/** A fraction between 0 and 1 (0.15 is 15%), as the server takes shares, rates and lines. */
export function ShareField({ value, onChange, ...fieldProps }: ShareFieldProps) {
  return (
    <TextField
      {...fieldProps}
      type="number"
      inputMode="decimal"
      min={0}
      max={1}
      step={0.01}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
