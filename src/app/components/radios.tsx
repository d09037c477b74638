import type { Choice } from './choice';
import { ChoiceItem } from './choice-item';

interface RadiosProps {
  name: string;
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
}

export function Radios({ name, choices, value, onChange }: RadiosProps) {
  return (
    <div className="radios">
      {choices.map((choice) => (
        <ChoiceItem
          key={choice.value}
          kind="radios"
          name={name}
          choice={choice}
          checked={value === choice.value}
          onChange={() => onChange(choice.value)}
        />
      ))}
    </div>
  );
}
