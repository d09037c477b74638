interface TextInputProps {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  inputMode: 'numeric' | 'decimal';
  suffix: string;
  describedBy?: string;
  invalid: boolean;
}

/** A short number box with a unit after it. type="text" with inputmode, as the GOV.UK design system advises for numbers. */
export function TextInput({ id, name, value, onChange, inputMode, suffix, describedBy, invalid }: TextInputProps) {
  return (
    <div className="input-wrapper">
      <input
        className={invalid ? 'input input--width-4 input--error' : 'input input--width-4'}
        id={id}
        name={name}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      />
      <span className="input__suffix" aria-hidden="true">
        {suffix}
      </span>
    </div>
  );
}
