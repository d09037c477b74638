import type { Choice } from './choice';
import { ChoiceItem } from './choice-item';

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

  const item = (choice: Choice) => (
    <ChoiceItem
      key={choice.value}
      kind="checkboxes"
      name={name}
      choice={choice}
      checked={values.includes(choice.value)}
      onChange={(checked) => toggle(choice.value, checked)}
    />
  );

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
