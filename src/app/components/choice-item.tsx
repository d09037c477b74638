import { choiceId, type Choice } from './choice';

interface ChoiceItemProps {
  kind: 'radios' | 'checkboxes';
  name: string;
  choice: Choice;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One radio or checkbox with its label and hint, in NHS.UK frontend's markup. */
export function ChoiceItem({ kind, name, choice, checked, onChange }: ChoiceItemProps) {
  const id = choiceId(name, choice.value);
  return (
    <div className={`${kind}__item`}>
      <input
        className={`${kind}__input`}
        id={id}
        name={name}
        type={kind === 'radios' ? 'radio' : 'checkbox'}
        value={choice.value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={choice.hint ? `${id}-hint` : undefined}
      />
      <label className={`${kind}__label`} htmlFor={id}>
        {choice.label}
      </label>
      {choice.hint && (
        <div className={`hint ${kind}__hint`} id={`${id}-hint`}>
          {choice.hint}
        </div>
      )}
    </div>
  );
}
