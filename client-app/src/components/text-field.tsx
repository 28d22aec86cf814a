import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

type TextFieldProps = {
  label: string;
  hint?: ReactNode;
  /** The server's messages for this field, shown under it. */
  errors?: string[] | undefined;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'aria-describedby' | 'aria-invalid'>;

/** A labelled input with its hint and its validation messages; data-testid goes to the input. */
export function TextField({ label, hint, errors, ...inputProps }: TextFieldProps) {
  const hintId = useId();
  const errorId = useId();
  const invalid = errors !== undefined && errors.length > 0;
  const describedBy = [hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ');
  return (
    <label className="field">
      <span>{label}</span>
      <input {...inputProps} aria-invalid={invalid || undefined} aria-describedby={describedBy || undefined} />
      {hint && (
        <span id={hintId} className="field-hint muted">
          {hint}
        </span>
      )}
      {invalid && (
        <span id={errorId} className="field-error">
          {errors.join(' ')}
        </span>
      )}
    </label>
  );
}
