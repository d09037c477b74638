import { optionsOf, type Questionnaire, type QuestionnaireItem } from '../../../triage';
import { Checkboxes } from '../../components/checkboxes';
import { choiceId } from '../../components/choice';
import { ErrorMessage } from '../../components/error-message';
import { Fieldset } from '../../components/fieldset';
import { FormGroup } from '../../components/form-group';
import { Hint } from '../../components/hint';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { BodyMap } from './body-map';
import { choiceOf, EXCLUSIVE_NONE_VALUE, type FormValue } from './read-answer';

interface QuestionFieldProps {
  questionnaire: Questionnaire;
  item: QuestionnaireItem;
  value: FormValue;
  onChange: (value: FormValue) => void;
  error?: string;
}

/** The id of the first control, where the error summary sends the person. */
export function firstControlId(questionnaire: Questionnaire, item: QuestionnaireItem): string {
  return item.kind === 'number' ? item.field : choiceId(item.field, String(optionsOf(questionnaire, item)[0]?.value));
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

/** One question of a page: its words, hint and error, and the controls named after its contract field. */
export function QuestionField({ questionnaire, item, value, onChange, error }: QuestionFieldProps) {
  const { field } = item;
  const hintId = `${field}-hint`;
  const errorId = `${field}-error`;
  const descriptions = describedBy(!!item.hint && hintId, !!error && errorId);
  const hintAndError = (
    <>
      {item.hint && <Hint id={hintId}>{item.hint}</Hint>}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
    </>
  );
  const choices = optionsOf(questionnaire, item).map(choiceOf);
  const ticked = Array.isArray(value) ? value : [];

  switch (item.kind) {
    case 'number':
      return (
        <FormGroup hasError={!!error}>
          <label className="label label--m" htmlFor={field}>
            {item.text}
          </label>
          {hintAndError}
          <TextInput
            id={field}
            name={field}
            value={String(value)}
            onChange={onChange}
            inputMode={item.decimals ? 'decimal' : 'numeric'}
            suffix={item.unit}
            describedBy={descriptions}
            invalid={!!error}
          />
        </FormGroup>
      );
    case 'radios':
      return (
        <FormGroup hasError={!!error}>
          <Fieldset legend={item.text} describedBy={descriptions}>
            {hintAndError}
            <Radios name={field} choices={choices} value={String(value)} onChange={onChange} />
          </Fieldset>
        </FormGroup>
      );
    case 'checkboxes':
      return (
        <FormGroup hasError={!!error}>
          <Fieldset legend={item.text} describedBy={descriptions}>
            {hintAndError}
            <Checkboxes
              name={field}
              choices={choices}
              values={ticked}
              onChange={onChange}
              exclusive={item.none === undefined ? undefined : { value: EXCLUSIVE_NONE_VALUE, label: item.none.label }}
            />
          </Fieldset>
        </FormGroup>
      );
    case 'body-map': {
      const toggle = (location: string) =>
        onChange(ticked.includes(location) ? ticked.filter((v) => v !== location) : [...ticked, location]);
      return (
        <FormGroup hasError={!!error}>
          <Fieldset legend={item.text} describedBy={descriptions}>
            {hintAndError}
            <div className="body-map">
              <BodyMap selected={ticked} onToggle={toggle} />
              <Checkboxes name={field} choices={choices} values={ticked} onChange={onChange} />
            </div>
          </Fieldset>
        </FormGroup>
      );
    }
  }
}
