interface ChoiceFieldProps<Value extends string | number> {
  label: string;
  value: Value;
  choices: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
  'data-testid'?: string;
}

/** A labelled select over a fixed set of typed values. */
export function ChoiceField<Value extends string | number>({ label, value, choices, onChange, ...rest }: ChoiceFieldProps<Value>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={String(value)}
        onChange={(event) => onChange(choices.find((choice) => String(choice.value) === event.target.value)!.value)}
        data-testid={rest['data-testid']}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={String(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
