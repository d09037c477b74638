import { choiceId, type Choice } from './choice';

interface RadiosProps {
  name: string;
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
}

export function Radios({ name, choices, value, onChange }: RadiosProps) {
  return (
    <div className="radios">
      {choices.map((choice) => {
        const id = choiceId(name, choice.value);
        return (
          <div className="radios__item" key={choice.value}>
            <input
              className="radios__input"
              id={id}
              name={name}
              type="radio"
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
            />
            <label className="radios__label" htmlFor={id}>
              {choice.label}
            </label>
            {choice.hint && (
              <div className="hint radios__hint" id={`${id}-hint`}>
                {choice.hint}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
