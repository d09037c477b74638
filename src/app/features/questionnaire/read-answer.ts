import {
  answersSchema,
  emptyErrorOf,
  optionsOf,
  type AnswerOption,
  type Questionnaire,
  type QuestionnaireItem,
} from '../../../triage';
import type { Choice } from '../../components/choice';

/** What the page's controls hold: the text or the ticked values, as the form would send them. */
export type FormValue = string | string[];

/** The value of the exclusive "none of these" box, which answers with an empty list. */
export const EXCLUSIVE_NONE_VALUE = 'none';

export type ReadAnswer = { ok: true; value: unknown } | { ok: false; message: string };

export const choiceOf = (option: AnswerOption): Choice => ({
  value: String(option.value),
  label: option.label,
  hint: option.hint,
});

const takesList = (item: QuestionnaireItem) => item.kind === 'checkboxes' || item.kind === 'body-map';

export const isBlank = (formValue: FormValue) => (Array.isArray(formValue) ? formValue.length === 0 : formValue.trim() === '');

/** Shows an answer already given in the page's controls. */
export function formValueOf(item: QuestionnaireItem, answer: unknown): FormValue {
  if (takesList(item)) {
    if (!Array.isArray(answer)) return [];
    const saidNone = answer.length === 0 && item.kind === 'checkboxes' && item.none !== undefined;
    return saidNone ? [EXCLUSIVE_NONE_VALUE] : answer.map(String);
  }
  return answer === undefined ? '' : `${answer as string | number | boolean}`;
}

type NumberItem = Extract<QuestionnaireItem, { kind: 'number' }>;

const problem = (message: string): ReadAnswer => ({ ok: false, message });

/** The value if the contract's own schema for this field takes it. */
const checked = (item: QuestionnaireItem, value: unknown, message: string): ReadAnswer =>
  answersSchema.shape[item.field].safeParse(value).success ? { ok: true, value } : problem(message);

/**
 * A number as people type it: spaces around it, Arabic-Indic (٠-٩) or Persian (۰-۹) digits, a
 * decimal comma (or the Arabic decimal separator ٫). Each problem has its own message.
 */
function readNumber(item: NumberItem, typed: string): ReadAnswer {
  const { emptyError, decimals, min, max, name, example } = item;
  const text = typed.trim().replace(/[٠-٩۰-۹]/g, (digit) => String(digit.charCodeAt(0) & 15));
  const notANumber = `${emptyError} as a number, like ${example}`;
  if (text === '') return problem(emptyError);
  if (!/^-?(\d+([.,٫]\d*)?|[.,٫]\d+)$/.test(text)) return problem(notANumber);
  // Never read as a decimal where only whole numbers are allowed: "1,000" days is not 1 day.
  if (!decimals && /[.,٫]/.test(text)) return problem(`${emptyError} as a whole number, like ${example}`);
  const value = Number(text.replace(/[,٫]/, '.'));
  if (value < min) return problem(`${name} must be ${min} or more`);
  if (value > max) return problem(`${name} must be ${max} or less`);
  return checked(item, value, notANumber);
}

/** The contract's value for what the controls hold; undefined when nothing was given. */
function contractValue(options: AnswerOption[], item: QuestionnaireItem, formValue: FormValue): unknown {
  if (item.kind === 'radios') return options.find((option) => String(option.value) === formValue)?.value;

  const ticked = Array.isArray(formValue) ? formValue : [];
  if (ticked.length === 0) return undefined;
  if (ticked.includes(EXCLUSIVE_NONE_VALUE)) return [];
  return options.filter((option) => ticked.includes(String(option.value))).map((option) => option.value);
}

/** Reads the controls into a contract value, checked by the contract's own schema for this field. */
export function readAnswer(questionnaire: Questionnaire, item: QuestionnaireItem, formValue: FormValue): ReadAnswer {
  if (item.kind === 'number') return readNumber(item, String(formValue));
  const emptyError = emptyErrorOf(questionnaire, item);
  const value = contractValue(optionsOf(questionnaire, item), item, formValue);
  return value === undefined ? problem(emptyError) : checked(item, value, emptyError);
}
