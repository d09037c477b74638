import { choiceId, type Choice } from './choice';

interface CheckboxesProps {
  name: string;
  choices: Choice[];
  values: string[];
  onChange: (values: string[]) => void;
  /** A "none of these" box: ticking it clears the others, and ticking another clears it. */
  exclusive?: Choice;
}

export function Checkboxes({ name, choices, values, onChange, exclusive }: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) => {
    if (value === exclusive?.value) onChange(checked ? [value] : []);
    else onChange(checked ? [...values.filter((v) => v !== exclusive?.value), value] : values.filter((v) => v !== value));
  };

  const item = (choice: Choice) => {
    const id = choiceId(name, choice.value);
    return (
      <div className="checkboxes__item" key={choice.value}>
        <input
          className="checkboxes__input"
          id={id}
          name={name}
          type="checkbox"
          value={choice.value}
          checked={values.includes(choice.value)}
          onChange={(event) => toggle(choice.value, event.target.checked)}
          aria-describedby={choice.hint ? `${id}-hint` : undefined}
        />
        <label className="checkboxes__label" htmlFor={id}>
          {choice.label}
        </label>
        {choice.hint && (
          <div className="hint checkboxes__hint" id={`${id}-hint`}>
            {choice.hint}
          </div>
        )}
      </div>
    );
  };

  return (
    <div className="checkboxes">
      {choices.map(item)}
      {exclusive && (
        <>
          <div className="checkboxes__divider">or</div>
          {item(exclusive)}
        </>
      )}
    </div>
  );
}
