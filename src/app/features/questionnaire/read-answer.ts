import { answersSchema } from '../../../triage';
import type { Choice } from '../../components/choice';
import { EXCLUSIVE_NONE_VALUE, type Option, type Question } from '../../lib/questionnaire/questions';

/** What the page's controls hold: the text or the ticked values, as the form would send them. */
export type FormValue = string | string[];

export type ReadAnswer = { ok: true; value: unknown } | { ok: false; message: string };

export const choiceOf = (option: Option): Choice => ({ value: String(option.value), label: option.label, hint: option.hint });

const takesList = (question: Question) => question.kind === 'checkboxes' || question.kind === 'body-map';

/** Shows an answer already given in the page's controls. */
export function formValueOf(question: Question, answer: unknown): FormValue {
  if (takesList(question)) {
    if (!Array.isArray(answer)) return [];
    const saidNone = answer.length === 0 && question.kind === 'checkboxes' && question.none !== undefined;
    return saidNone ? [EXCLUSIVE_NONE_VALUE] : answer.map(String);
  }
  return answer === undefined ? '' : `${answer as string | number | boolean}`;
}

type NumberQuestion = Extract<Question, { kind: 'number' }>;

const problem = (message: string): ReadAnswer => ({ ok: false, message });

/** The value if the contract's own schema for this field takes it. */
const checked = (question: Question, value: unknown, message: string): ReadAnswer =>
  answersSchema.shape[question.field].safeParse(value).success ? { ok: true, value } : problem(message);

/**
 * A number as people type it: spaces around it, Arabic-Indic (٠-٩) or Persian (۰-۹) digits, a
 * decimal comma (or the Arabic decimal separator ٫). Each problem has its own message.
 */
function readNumber(question: NumberQuestion, typed: string): ReadAnswer {
  const { emptyError, decimals, min, max, name, example } = question;
  const text = typed.trim().replace(/[٠-٩۰-۹]/g, (digit) => String(digit.charCodeAt(0) & 15));
  const notANumber = `${emptyError} as a number, like ${example}`;
  if (text === '') return problem(emptyError);
  if (!/^-?(\d+([.,٫]\d*)?|[.,٫]\d+)$/.test(text)) return problem(notANumber);
  // Never read as a decimal where only whole numbers are allowed: "1,000" days is not 1 day.
  if (!decimals && /[.,٫]/.test(text)) return problem(`${emptyError} as a whole number, like ${example}`);
  const value = Number(text.replace(/[,٫]/, '.'));
  if (value < min) return problem(`${name} must be ${min} or more`);
  if (value > max) return problem(`${name} must be ${max} or less`);
  return checked(question, value, notANumber);
}

/** The contract's value for what the controls hold; undefined when nothing was given. */
function contractValue(question: Exclude<Question, NumberQuestion>, formValue: FormValue): unknown {
  if (question.kind === 'radios') return question.options.find((option) => String(option.value) === formValue)?.value;

  const ticked = Array.isArray(formValue) ? formValue : [];
  if (ticked.length === 0) return undefined;
  if (ticked.includes(EXCLUSIVE_NONE_VALUE)) return [];
  return question.options.filter((option) => ticked.includes(String(option.value))).map((option) => option.value);
}

/** Reads the controls into a contract value, checked by the contract's own schema for this field. */
export function readAnswer(question: Question, formValue: FormValue): ReadAnswer {
  if (question.kind === 'number') return readNumber(question, String(formValue));
  const value = contractValue(question, formValue);
  return value === undefined ? problem(question.emptyError) : checked(question, value, question.emptyError);
}
