import { Checkboxes } from '../../components/checkboxes';
import { choiceId } from '../../components/choice';
import { ErrorMessage } from '../../components/error-message';
import { Fieldset } from '../../components/fieldset';
import { FormGroup } from '../../components/form-group';
import { Hint } from '../../components/hint';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { EXCLUSIVE_NONE_VALUE, type Question } from '../../lib/questionnaire/questions';
import { BodyMap } from './body-map';
import { choiceOf, type FormValue } from './read-answer';

interface QuestionFieldProps {
  question: Question;
  value: FormValue;
  onChange: (value: FormValue) => void;
  error?: string;
}

/** The id of the first control, where the error summary sends the person. */
export function firstControlId(question: Question): string {
  return question.kind === 'number' ? question.field : choiceId(question.field, String(question.options[0]?.value));
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

export function QuestionField({ question, value, onChange, error }: QuestionFieldProps) {
  const { field } = question;
  const hintId = `${field}-hint`;
  const errorId = `${field}-error`;
  const descriptions = describedBy(!!question.hint && hintId, !!error && errorId);
  const hintAndError = (
    <>
      {question.hint && <Hint id={hintId}>{question.hint}</Hint>}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
    </>
  );
  const ticked = Array.isArray(value) ? value : [];

  switch (question.kind) {
    case 'number':
      return (
        <FormGroup hasError={!!error}>
          <h1 className="label-wrapper" tabIndex={-1}>
            <label className="label label--l" htmlFor={field}>
              {question.title}
            </label>
          </h1>
          {hintAndError}
          <TextInput
            id={field}
            name={field}
            value={String(value)}
            onChange={onChange}
            inputMode={question.decimals ? 'decimal' : 'numeric'}
            suffix={question.suffix}
            describedBy={descriptions}
            invalid={!!error}
          />
        </FormGroup>
      );
    case 'radios':
      return (
        <FormGroup hasError={!!error}>
          <Fieldset heading={question.title} describedBy={descriptions}>
            {hintAndError}
            <Radios name={field} choices={question.options.map(choiceOf)} value={String(value)} onChange={onChange} />
          </Fieldset>
        </FormGroup>
      );
    case 'checkboxes':
      return (
        <FormGroup hasError={!!error}>
          <Fieldset heading={question.title} describedBy={descriptions}>
            {hintAndError}
            <Checkboxes
              name={field}
              choices={question.options.map(choiceOf)}
              values={ticked}
              onChange={onChange}
              exclusive={question.none === undefined ? undefined : { value: EXCLUSIVE_NONE_VALUE, label: question.none }}
            />
          </Fieldset>
        </FormGroup>
      );
    case 'body-map': {
      const toggle = (location: string) =>
        onChange(ticked.includes(location) ? ticked.filter((v) => v !== location) : [...ticked, location]);
      return (
        <FormGroup hasError={!!error}>
          <Fieldset heading={question.title} describedBy={descriptions}>
            {hintAndError}
            <div className="body-map">
              <BodyMap selected={ticked} onToggle={toggle} />
              <Checkboxes name={field} choices={question.options.map(choiceOf)} values={ticked} onChange={onChange} />
            </div>
          </Fieldset>
        </FormGroup>
      );
    }
  }
}
